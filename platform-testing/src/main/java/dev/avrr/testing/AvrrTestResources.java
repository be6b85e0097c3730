package dev.avrr.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Everything a service's tests need, in one resource: its own fresh PostgreSQL database (init argument
 * {@code database}), the in-JVM Kafka broker, the token key (with the run's registry of organisations) and a
 * personal-data key.
 */
public class AvrrTestResources implements QuarkusTestResourceLifecycleManager {

    private final PostgresTestResource postgres = new PostgresTestResource();

    @Override
    public void init(Map<String, String> initArgs) {
        postgres.init(initArgs);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(postgres.start());
        config.putAll(new KafkaTestResource().start());
        config.putAll(new JwtTestResource().start());
        config.putAll(new PersonalDataKeyTestResource().start());
        return config;
    }

    @Override
    public void stop() {
        postgres.stop();
    }
}
