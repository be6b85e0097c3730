package dev.avrr.platform.probe;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.testing.KafkaBroker;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BrokerOutageTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void requestsAreAcceptedWhileTheBrokerIsDownAndTheirEventsDeliveredWhenItReturns() throws Exception {
        String key = "outage-" + UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        KafkaBroker.stopBroker();
        try {
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                ids.add(Probes.record(key, i, false));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis < 3000, "a request must not wait for the broker; took " + millis + " ms");
            }
            Thread.sleep(3000);
            assertEquals(5, pending(key), "nothing is marked published while the broker is down");
            // The instance stays ready: a load balancer must not take away an API that still accepts work.
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            KafkaBroker.restart();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> pending(key) == 0);
        await().atMost(Duration.ofSeconds(60)).until(() -> effects(key) == 5);
    }

    private int pending(String key) throws Exception {
        return count("SELECT count(*) FROM outbox_event WHERE record_key = ? AND published_at IS NULL", key);
    }

    private int effects(String key) throws Exception {
        return count("SELECT count(DISTINCT event_id) FROM probe_effect WHERE subject = ?", key);
    }

    private int count(String sql, String key) throws Exception {
        return ProbeEffects.count(dataSource, sql, key);
    }
}
