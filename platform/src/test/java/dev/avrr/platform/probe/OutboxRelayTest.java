package dev.avrr.platform.probe;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.EventProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void anEventIsPublishedOnTheProducersTopicKeyedByItsAggregateAsACloudEvent() throws Exception {
        UUID id = Probes.record(null, 0, false);
        List<ConsumerRecord<String, String>> found = EventProbe.await("avrr.case",
                r -> r.value().contains(id.toString()), 1, Duration.ofSeconds(20));
        assertEquals(1, found.size(), "the event reached the broker once");
        ConsumerRecord<String, String> record = found.get(0);
        assertEquals(id.toString(), record.key());
        JsonNode event = json.readTree(record.value());
        assertEquals("1.0", event.get("specversion").asText());
        assertEquals("avrr.case.probe-recorded.v1", event.get("type").asText());
        assertEquals("/avrr/case-service", event.get("source").asText());
        assertEquals(id.toString(), event.get("subject").asText());
        assertEquals("application/json", event.get("datacontenttype").asText());
        UUID.fromString(event.get("id").asText());
        assertTrue(event.get("time").asText().endsWith("Z"), "time is UTC");
        assertEquals("application/cloudevents+json; charset=UTF-8",
                new String(record.headers().lastHeader("content-type").value()));
        assertNull(record.headers().lastHeader("traceparent"), "tracing is off unless configured");
        assertEquals(List.of("none"), DatabaseScan.rows(dataSource,
                "SELECT coalesce(trace_parent, 'none') FROM outbox_event WHERE record_key = ?", id.toString()));
    }

    @Test
    void theRelayPublishesWithinAboutAHundredMillisecondsOfTheCommit() throws Exception {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID id = Probes.record(null, i, false);
            await().atMost(Duration.ofSeconds(10)).until(() -> publishedAt(id) != null);
            latencies.add(publishLatencyMillis(id));
        }
        Collections.sort(latencies);
        long median = latencies.get(latencies.size() / 2);
        System.out.printf("outbox commit-to-acknowledged latency over %d events: median %d ms, max %d ms%n",
                latencies.size(), median, latencies.get(latencies.size() - 1));
        assertTrue(median <= 150, "median commit-to-ack latency " + median + " ms; wake-on-commit must not wait for the poll");
    }

    @Test
    void eventsOfOneKeyArriveInTheOrderTheyWereCommitted() throws Exception {
        String key = "order-" + UUID.randomUUID();
        IntStream.range(0, 30).forEach(i -> Probes.record(key, i, false));
        List<ConsumerRecord<String, String>> found = EventProbe.await("avrr.case",
                r -> key.equals(r.key()), 30, Duration.ofSeconds(30));
        List<Integer> sequences = new ArrayList<>();
        for (ConsumerRecord<String, String> r : found) {
            sequences.add(json.readTree(r.value()).get("data").get("sequence").asInt());
        }
        assertEquals(IntStream.range(0, 30).boxed().toList(), sequences);
        await().atMost(Duration.ofSeconds(20)).until(() -> sequences(key).size() == 30);
        assertEquals(IntStream.range(0, 30).boxed().toList(), sequences(key), "consumed in the same order");
    }

    @Test
    void onlyOneRelayPublishesAtATime() throws Exception {
        try (Connection other = dataSource.getConnection(); Statement s = other.createStatement()) {
            // Another instance of the service holds the relay lock.
            s.execute("SELECT pg_advisory_lock(" + 0x41565252L + ")");
            UUID id = Probes.record(null, 0, false);
            Thread.sleep(1500);
            assertEquals(null, publishedAt(id), "this instance must not publish while the other holds the lock");
            s.execute("SELECT pg_advisory_unlock(" + 0x41565252L + ")");
            await().atMost(Duration.ofSeconds(10)).until(() -> publishedAt(id) != null);
        }
    }

    private java.sql.Timestamp publishedAt(UUID probeId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT published_at FROM outbox_event WHERE payload::jsonb -> 'data' ->> 'probeId' = ?")) {
            ps.setString(1, probeId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getTimestamp(1) : null;
            }
        }
    }

    private long publishLatencyMillis(UUID probeId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT EXTRACT(EPOCH FROM (published_at - created_at)) * 1000 FROM outbox_event "
                        + "WHERE payload::jsonb -> 'data' ->> 'probeId' = ?")) {
            ps.setString(1, probeId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Math.round(rs.getDouble(1));
            }
        }
    }

    private List<Integer> sequences(String key) throws Exception {
        return ProbeEffects.sequences(dataSource, key);
    }
}
