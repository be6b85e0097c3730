package dev.avrr.platform.probe;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
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
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.avrr.platform.security.Roles;
import dev.avrr.testing.DatabaseOutage;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        // Even a value with a raw NUL, which no database text holds, is parked and dead-lettered, not stuck.
        String nul = "nul-" + UUID.randomUUID();
        EventProbe.send("avrr.case", nul, "not json\u0000at all");
        assertEquals(1, EventProbe.await("avrr.dlq.platform-test", r -> nul.equals(r.key()), 1,
                Duration.ofSeconds(30)).size());
    }

    @Test
    void aDatabaseFaultIsWaitedOutPastEveryAttemptAndTheEventAppliedOnce() throws Exception {
        String key = "fault-" + UUID.randomUUID();
        // Twice as many connection failures as a failure of unknown kind is tried: waited out all the same.
        EventProbe.send("avrr.case", key, variant(publishedFor(key), d -> d.put("connectionFailures", 8)));
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(key) == 2);
        assertNothingParkedFor(key);
    }

    @Test
    void aRealDatabaseOutageIsWaitedOutAndTheEventAppliedOnce() throws Exception {
        String key = "outage-" + UUID.randomUUID();
        String later = variant(publishedFor(key), d -> d.put("sequence", 2));
        try (DatabaseOutage outage = DatabaseOutage.begin(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class))) {
            EventProbe.send("avrr.case", key, later);
            Thread.sleep(3000);
        }
        // The tests after this one share the pool: it forgets the connections the outage cut.
        dataSource.flush(AgroalDataSource.FlushMode.INVALID);
        await().atMost(Duration.ofSeconds(60)).until(() -> effects(key) == 2);
        Thread.sleep(300);
        assertEquals(2, effects(key), "applied once, after the outage");
        assertNothingParkedFor(key);
    }

    @Test
    void anEventARuleRefusesIsParkedAtOnceNamingTheRuleNotTheData() throws Exception {
        String key = "rule-" + UUID.randomUUID();
        EventProbe.send("avrr.case", key, variant(publishedFor(key), d -> d.put("refusedByRule", true)));
        List<ConsumerRecord<String, String>> dead = EventProbe.await("avrr.dlq.platform-test",
                r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        String reason = new String(dead.get(0).headers().lastHeader("dead-letter-reason").value());
        assertTrue(reason.contains("refused") && reason.contains("ProblemException"), reason);
        assertFalse(reason.contains(key), reason);
        assertEquals(1, effects(key), "only the first event of the key took effect");
    }

    @Test
    void anImpostorIsParkedNotApplied() throws Exception {
        // A well-formed case event that names another source: only case-service writes the case topic.
        String forged = "forged-" + UUID.randomUUID();
        String published = publishedFor(forged);
        ObjectNode impostor = (ObjectNode) JSON.readTree(variant(published, d -> d.put("sequence", 2)));
        impostor.put("source", "/avrr/evil <script>");
        EventProbe.send("avrr.case", forged, impostor.toString());
        // A grant event on the case topic: not a type of the topic's producer, whatever its source says.
        ObjectNode misplaced = (ObjectNode) JSON.readTree(variant(published, d -> d.put("sequence", 3)));
        misplaced.put("type", "avrr.grant.probe-recorded.v1").put("source", "/avrr/grant-service");
        EventProbe.send("avrr.case", forged, misplaced.toString());

        List<ConsumerRecord<String, String>> dead = EventProbe.await("avrr.dlq.platform-test",
                r -> forged.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(2, dead.size());
        String sourceReason = new String(dead.get(0).headers().lastHeader("dead-letter-reason").value());
        assertTrue(sourceReason.contains("does not come from /avrr/case-service"), sourceReason);
        assertFalse(sourceReason.contains("evil"), "the reason repeats nothing the impostor wrote: " + sourceReason);
        String typeReason = new String(dead.get(1).headers().lastHeader("dead-letter-reason").value());
        assertTrue(typeReason.contains("is not a type of the producer of avrr.case"), typeReason);
        assertEquals(1, effects(forged), "neither impostor took effect");
        // Nor does an impostor hold back the real events of the case it names.
        Probes.record(forged, 4, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> effects(forged) == 2);
        // Redriven by mistake, it is refused again — and still holds nothing back.
        given().auth().oauth2(TestTokens.of(Roles.ADMIN, "iom-admin"))
                .post("/api/v1/parked-events/" + ProbeConsumer.SUBSCRIPTION.name() + "/" + impostor.get("id").asText()
                        + "/redrive")
                .then().statusCode(200).body("applied", equalTo(0)).body("parkedAgain", equalTo(1));
        Probes.record(forged, 5, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> effects(forged) == 3);
    }

    /** Records a probe event for the key through the API and returns it as published, once it took effect. */
    private String publishedFor(String key) throws Exception {
        Probes.record(key, 1, false);
        List<ConsumerRecord<String, String>> published = EventProbe.await("avrr.case", r -> key.equals(r.key()), 1,
                Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(20)).until(() -> effects(key) == 1);
        return published.get(0).value();
    }

    /** Another event (a new id) like the given one, its data changed. */
    private static String variant(String event, java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(event);
        tree.put("id", UUID.randomUUID().toString());
        change.accept((ObjectNode) tree.get("data"));
        return tree.toString();
    }

    private static void assertNothingParkedFor(String key) {
        assertEquals(List.of(), EventProbe.await("avrr.dlq.platform-test", r -> key.equals(r.key()), 1,
                Duration.ofSeconds(3)), "nothing dead-lettered");
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
