package dev.avrr.platform.probe;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.testing.EventProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InboxTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRedeliveredEventTakesEffectOnce() throws Exception {
        String key = "dup-" + UUID.randomUUID();
        Probes.record(key, 1, false);
        List<ConsumerRecord<String, String>> first = EventProbe.await("avrr.case", r -> key.equals(r.key()), 1,
                Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(20)).until(() -> effects(key) == 1);

        // The broker delivers the same event again (at least once), then a later event of the same key.
        EventProbe.send("avrr.case", key, first.get(0).value());
        EventProbe.send("avrr.case", key, first.get(0).value());
        Probes.record(key, 2, false);

        // The later event is handled after the duplicates (same partition), so once it shows, they were seen.
        await().atMost(Duration.ofSeconds(20)).until(() -> effects(key) >= 2);
        Thread.sleep(300);
        assertEquals(2, effects(key), "two distinct events, two effects: the duplicates changed nothing");
    }

    @Test
    void anEventWhoseHandlerKeepsFailingGoesToTheDeadLetterTopicWithItsReason() throws Exception {
        String key = "fail-" + UUID.randomUUID();
        Probes.record(key, 0, true);
        List<ConsumerRecord<String, String>> dead = EventProbe.await("avrr.dlq.platform-test",
                r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, dead.size(), "the failed event is on the dead-letter topic");
        String reason = new String(dead.get(0).headers().lastHeader("dead-letter-reason").value());
        assertTrue(reason.contains("failed after 4 attempts"), reason);
        assertTrue(reason.contains("IllegalStateException"), reason);
        assertFalse(reason.contains(key), "the reason quotes no data from the event: " + reason);
        assertEquals(0, effects(key));
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopic() {
        String key = "garbage-" + UUID.randomUUID();
        EventProbe.send("avrr.case", key, "{\"not\":\"a cloud event\"}");
        List<ConsumerRecord<String, String>> dead = EventProbe.await("avrr.dlq.platform-test",
                r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        assertTrue(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value())
                .startsWith("Unreadable event"));
    }

    private int effects(String key) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM probe_effect WHERE subject = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
