package dev.avrr.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The first hops of a journey: a partner creates a referral (a fresh {@code Idempotency-Key}) and IOM's caseworker
 * accepts it, {@code POST /api/v1/referrals/{id}/acceptance}; case-service then registers a case, whose event grant-,
 * monitoring- and referral-service follow. Without {@code bench.rate}: as fast as the stack answers (closed load,
 * the saturation); with it: pairs started at that fixed rate per second (open load), for the hops' lag at a load the
 * stack can carry.
 */
public class ReferralAccept extends Simulation {

    private static final String RATE = System.getProperty("bench.rate", "");

    private static ScenarioBuilder pair(String name) {
        String partner = Bench.token("partner");
        String caseworker = Bench.token("caseworker");
        return scenario(name)
                .exec(http(name + ": POST /api/v1/referrals").post("/api/v1/referrals").header("Authorization", partner)
                        .header("Idempotency-Key", session -> Bench.freshKey()).body(StringBody(Bench.REFERRAL))
                        .check(status().is(201), jsonPath("$.id").saveAs("referral")))
                .exec(http(name + ": POST /api/v1/referrals/{id}/acceptance")
                        .post(session -> "/api/v1/referrals/" + session.getString("referral") + "/acceptance")
                        .header("Authorization", caseworker).check(status().is(200)));
    }

    private static PopulationBuilder load(ScenarioBuilder scenario, boolean warmup) {
        if (RATE.isBlank()) {
            return scenario.injectClosed(warmup ? Bench.warmupLoad() : Bench.measuredLoad());
        }
        return scenario.injectOpen(constantUsersPerSec(Double.parseDouble(RATE))
                .during(warmup ? Bench.warmup() : Bench.measured()));
    }

    {
        String name = RATE.isBlank() ? "pairs at saturation" : "pairs at " + RATE + " per s";
        setUp(load(pair("warm-up"), true).andThen(load(pair(name), false))).protocols(Bench.protocol());
    }
}
