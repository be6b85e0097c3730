package dev.avrr.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/** The bare app: one POST inserts one row in one transaction — the yardstick of every write. */
public class BareInsert extends Simulation {

    private static ScenarioBuilder insert(String name) {
        return scenario(name).exec(http(name).post("/notes").body(StringBody(Bench.NOTE)).check(status().is(201)));
    }

    {
        setUp(insert("warm-up").injectClosed(Bench.warmupLoad())
                .andThen(insert("bare insert").injectClosed(Bench.measuredLoad())))
                .protocols(Bench.protocol());
    }
}
