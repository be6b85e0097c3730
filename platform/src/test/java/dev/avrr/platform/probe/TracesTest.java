package dev.avrr.platform.probe;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.EventProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With tracing on, one trace runs from a request to the effects of its events (docs/architecture.md#traces): the
 * outbox keeps the trace of the transaction that wrote the event, the relay passes it on in the record's
 * {@code traceparent} header, and the consumer applies the event in a span of the same trace.
 */
@QuarkusTest
@TestProfile(TracesTest.TracingOn.class)
class TracesTest {

    /** Tracing on, exported to a port where no collector listens (nothing here collects traces). */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.exporter.otlp.traces.endpoint",
                    "http://127.0.0.1:9");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRequestsTraceReachesTheEffectsOfItsEvents() {
        SecureRandom random = new SecureRandom();
        String traceId = HexFormat.of().formatHex(random.generateSeed(16));
        String caller = "00-" + traceId + "-" + HexFormat.of().formatHex(random.generateSeed(8)) + "-01";
        String key = UUID.randomUUID().toString();

        given().auth().oauth2(Probes.CASEWORKER).contentType("application/json").header("traceparent", caller)
                .body("{\"label\":\"probe\",\"count\":1,\"key\":\"" + key + "\",\"sequence\":0,\"fail\":false}")
                .post("/api/v1/probes").then().statusCode(201);

        List<String> kept = DatabaseScan.rows(dataSource, "SELECT trace_parent FROM outbox_event WHERE record_key = ?",
                key);
        assertEquals(1, kept.size());
        assertTrue(kept.get(0).startsWith("00-" + traceId + "-"), "the outbox keeps the request's trace: " + kept);
        List<ConsumerRecord<String, String>> records = EventProbe.await("avrr.case", r -> key.equals(r.key()), 1,
                Duration.ofSeconds(20));
        assertEquals(kept.get(0), new String(records.get(0).headers().lastHeader("traceparent").value()));
        await().atMost(Duration.ofSeconds(20)).until(() -> ProbeConsumer.TRACES.containsKey(key));
        assertEquals(traceId, ProbeConsumer.TRACES.get(key), "the consumer's effect is in the request's trace");
    }

    @Test
    void aRequestWithoutATraceStartsOneThatReachesTheEffects() {
        String key = UUID.randomUUID().toString();
        Probes.record(key, 0, false);
        List<String> kept = DatabaseScan.rows(dataSource, "SELECT trace_parent FROM outbox_event WHERE record_key = ?",
                key);
        assertEquals(1, kept.size());
        assertTrue(kept.get(0).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"), kept.get(0));
        await().atMost(Duration.ofSeconds(20)).until(() -> ProbeConsumer.TRACES.containsKey(key));
        assertEquals(kept.get(0).substring(3, 35), ProbeConsumer.TRACES.get(key));
    }
}
