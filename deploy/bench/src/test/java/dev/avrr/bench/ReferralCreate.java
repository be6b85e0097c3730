package dev.avrr.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * A partner creates referrals: {@code POST /api/v1/referrals}, a fresh {@code Idempotency-Key} each, every rule,
 * the consents, the audit and the outbox row included.
 */
public class ReferralCreate extends Simulation {

    private static ScenarioBuilder create(String name) {
        String token = Bench.token("partner");
        return scenario(name).exec(http(name).post("/api/v1/referrals").header("Authorization", token)
                .header("Idempotency-Key", session -> Bench.freshKey()).body(StringBody(Bench.REFERRAL))
                .check(status().is(201)));
    }

    {
        setUp(create("warm-up").injectClosed(Bench.warmupLoad())
                .andThen(create("POST /api/v1/referrals").injectClosed(Bench.measuredLoad())))
                .protocols(Bench.protocol());
    }
}
