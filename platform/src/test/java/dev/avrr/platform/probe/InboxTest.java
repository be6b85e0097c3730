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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.inbox.Inbox;
import dev.avrr.testing.DatabaseOutage;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Inbox inbox;

    @Inject
    ProbeConsumer probes;

    /** A record of a batch and how it was settled: acknowledged, or negatively with a reason. */
    private static final class Settled {
        final String value;
        volatile boolean acked;
        volatile Throwable nacked;

        Settled(String value) {
            this.value = value;
        }

        Message<String> message() {
            return Message.of(value, () -> {
                acked = true;
                return CompletableFuture.completedFuture(null);
            }, reason -> {
                nacked = reason;
                return CompletableFuture.completedFuture(null);
            });
        }
    }

    @Test
    void aBatchTakesEffectOnceInOrderAndItsPoisonEventIsParkedAloneWithItsCaseHeldBehind() throws Exception {
        String template = publishedFor("batch-template-" + UUID.randomUUID());
        String a = "batch-a-" + UUID.randomUUID();
        String b = "batch-b-" + UUID.randomUUID();
        String a1 = probeEvent(template, a, 1, false);
        String b1 = probeEvent(template, b, 1, true);
        String b2 = probeEvent(template, b, 2, false);
        String a2 = probeEvent(template, a, 2, false);
        // A poll's records: two cases interleaved, a rule refuses the first of case b, and a1 is delivered twice.
        List<Settled> batch = new ArrayList<>();
        for (String value : List.of(a1, b1, b2, a2, a1)) {
            batch.add(new Settled(value));
        }
        inbox.receiveBatch(ProbeConsumer.SUBSCRIPTION, batch.stream().map(Settled::message).toList(), probes::apply)
                .toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertEquals(List.of(1, 2), sequences(a), "case a: both events, once each, in order (the redelivery no-op)");
        assertEquals(List.of(), sequences(b), "case b: the refused event did nothing, the later one is held");
        assertTrue(batch.get(1).nacked instanceof EventRejectedException,
                "the refused event goes to the failure strategy (the dead-letter topic): " + batch.get(1).nacked);
        for (int i : new int[] { 0, 2, 3, 4 }) {
            assertTrue(batch.get(i).acked && batch.get(i).nacked == null, "record " + i + " acknowledged");
        }
        String admin = TestTokens.of(Roles.ADMIN, "iom-admin");

        // A batch without poison: its effects share one transaction (one transaction time), the redelivery a no-op.
        String c = "batch-c-" + UUID.randomUUID();
        String c1 = probeEvent(template, c, 1, false);
        List<Message<String>> clean = new ArrayList<>();
        for (String value : List.of(c1, probeEvent(template, c, 2, false), probeEvent(template, c, 3, false), c1)) {
            clean.add(new Settled(value).message());
        }
        inbox.receiveBatch(ProbeConsumer.SUBSCRIPTION, clean, probes::apply).toCompletableFuture().get(60,
                TimeUnit.SECONDS);
        assertEquals(List.of(1, 2, 3), sequences(c));
        assertEquals(1, ProbeEffects.count(dataSource,
                "SELECT count(DISTINCT applied_at) FROM probe_effect WHERE subject = ?", c),
                "the batch's effects committed together");

        // Newest first: the held event behind the parked one.
        given().auth().oauth2(admin).queryParam("size", 100).get("/api/v1/parked-events").then().statusCode(200)
                .body("items.findAll { it.subject == '" + b + "' }.status", equalTo(List.of("HELD", "PARKED")));
    }

    /** A probe event like the template (a real one, so its source and type are the topic producer's). */
    private static String probeEvent(String template, String key, int sequence, boolean refused) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(template);
        tree.put("id", UUID.randomUUID().toString());
        tree.put("subject", key);
        ObjectNode data = (ObjectNode) tree.get("data");
        data.put("key", key);
        data.put("sequence", sequence);
        data.put("refusedByRule", refused);
        return tree.toString();
    }

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

    private List<Integer> sequences(String key) throws Exception {
        return ProbeEffects.sequences(dataSource, key);
    }
}
