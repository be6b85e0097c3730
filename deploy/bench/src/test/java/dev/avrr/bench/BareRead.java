package dev.avrr.bench;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/** The bare app: one GET reads one row by its id. */
public class BareRead extends Simulation {

    private final List<String> ids = Bench.create("/notes", null, Bench.NOTE, 200);

    private ScenarioBuilder read(String name) {
        return scenario(name).exec(http(name)
                .get(session -> "/notes/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size())))
                .check(status().is(200)));
    }

    {
        setUp(read("warm-up").injectClosed(Bench.warmupLoad())
                .andThen(read("bare read").injectClosed(Bench.measuredLoad())))
                .protocols(Bench.protocol());
    }
}
