package dev.avrr.bench;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * IOM's caseworker reads a person's referral, {@code GET /api/v1/referrals/{id}} (each read writes an audit row), and
 * lists the office's referrals, {@code GET /api/v1/referrals?size=20}; the partner lists its own. After the fill
 * (docs/performance.md#the-fill) each list's scope holds every referral of the table.
 */
public class ReferralRead extends Simulation {

    private final List<String> ids = Bench.create("/api/v1/referrals", Bench.token("partner"), Bench.REFERRAL, 200);

    private ScenarioBuilder read(String name) {
        String token = Bench.token("caseworker");
        return scenario(name).exec(http(name)
                .get(session -> "/api/v1/referrals/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size())))
                .header("Authorization", token).check(status().is(200)));
    }

    private ScenarioBuilder list(String name, String role) {
        String token = Bench.token(role);
        return scenario(name).exec(http(name).get("/api/v1/referrals?size=20").header("Authorization", token)
                .check(status().is(200)));
    }

    {
        setUp(read("warm-up read").injectClosed(Bench.warmupLoad())
                .andThen(read("GET /api/v1/referrals/{id}").injectClosed(Bench.measuredLoad()))
                .andThen(list("warm-up list", "caseworker").injectClosed(Bench.warmupLoad()))
                .andThen(list("GET /api/v1/referrals?size=20", "caseworker").injectClosed(Bench.measuredLoad()))
                .andThen(list("warm-up partner's list", "partner").injectClosed(Bench.warmupLoad()))
                .andThen(list("GET /api/v1/referrals?size=20 (partner)", "partner")
                        .injectClosed(Bench.measuredLoad())))
                .protocols(Bench.protocol());
    }
}
