package dev.avrr.bench;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * IOM's caseworker lists the office's cases, {@code GET /api/v1/cases?size=20} (each case of the page audited as
 * read); after the fill (docs/performance.md#the-fill) the office's scope holds every case of the table.
 */
public class CaseList extends Simulation {

    private ScenarioBuilder list(String name) {
        String token = Bench.token("caseworker");
        return scenario(name).exec(
                http(name).get("/api/v1/cases?size=20").header("Authorization", token).check(status().is(200)));
    }

    {
        setUp(list("warm-up case list").injectClosed(Bench.warmupLoad())
                .andThen(list("GET /api/v1/cases?size=20").injectClosed(Bench.measuredLoad())))
                .protocols(Bench.protocol());
    }
}
