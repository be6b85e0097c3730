package dev.avrr.platform.probe;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKey;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.avrr.platform.eventkeys.SubjectKeyAwaitedException;
import dev.avrr.platform.events.CryptoConfig;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.events.PersonalDataCipher;
import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.faults.Failures;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.protection.SubjectKeys;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.KafkaBroker;
import dev.avrr.testing.PersonalDataKeyTestResource;
import dev.avrr.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The event keys of the people (docs/data-protection.md#keys-of-the-person): a service seals the personal part of
 * its events about a subject with the subject's event key, publishes that key once on its compacted key topic before
 * the first event, and retracts it (a tombstone) when the subject is erased — after which no copy of those events
 * opens. The keys of the other producers arrive from their key topics; an event whose key has not arrived yet waits
 * (a fault that passes), one whose key was retracted is refused for good.
 */
@QuarkusTest
@WithTestResource(PersonalDataKeyTestResource.class)
class EventKeysTest {

    private static final String TYPE = "avrr.case.probe-sealed.v1";

    @Inject
    Events events;

    @Inject
    Outbox outbox;

    @Inject
    SubjectKeys subjectKeys;

    @Inject
    CryptoConfig crypto;

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void ownEventsAreSealedWithTheSubjectsKeyPublishedOnceAndRetractedOnErasure() throws Exception {
        UUID subject = UUID.randomUUID();
        EventEnvelope first = QuarkusTransaction.requiringNew().call(() -> outbox.add(subject.toString(),
                events.createWithPersonal(TYPE, subject.toString(), Map.of("caseId", subject.toString()),
                        Map.of("name", "Testa Fiktiva"))));
        EventEnvelope second = QuarkusTransaction.requiringNew().call(() -> outbox.add(subject.toString(),
                events.createWithPersonal(TYPE, subject.toString(), Map.of("caseId", subject.toString()),
                        Map.of("name", "Testa Fiktiva"))));
        assertEquals(EventEnvelope.SUBJECT_KEY, first.personalkeyid());
        assertFalse(events.toJson(first).contains("Fiktiva"));
        assertEquals("Testa Fiktiva", events.personal(first, JsonNode.class).orElseThrow().path("name").asText());

        // The key went out once, on the key topic, before the first event, and never in clear.
        List<String> keyRecords = rows("SELECT topic || '|' || coalesce(payload, 'null') FROM outbox_event WHERE "
                + "record_key = ? ORDER BY position", subject.toString());
        assertEquals(3, keyRecords.size(), keyRecords.toString());
        assertTrue(keyRecords.get(0).startsWith("avrr.case.keys|"), "the key before the first event: " + keyRecords);
        assertTrue(keyRecords.get(1).startsWith("avrr.case|") && keyRecords.get(2).startsWith("avrr.case|"));
        var published = EventProbe.await("avrr.case.keys", r -> subject.toString().equals(r.key()), 1,
                Duration.ofSeconds(30)).get(0);
        JsonNode record = json.readTree(published.value());
        assertEquals("case", record.path("producer").asText());
        assertEquals(PersonalDataKeyTestResource.KEY_ID, record.path("keyId").asText(), "wrapped by the events' key");

        // Erased: the key is destroyed, its retraction published, and no copy of the events opens any more.
        QuarkusTransaction.requiringNew().run(() -> subjectKeys.destroy(List.of(subject)));
        assertEquals(List.of("avrr.case.keys"), rows("SELECT topic FROM outbox_event WHERE record_key = ? AND payload "
                + "IS NULL", subject.toString()), "one tombstone");
        EventProbe.await("avrr.case.keys", r -> subject.toString().equals(r.key()) && r.value() == null, 1,
                Duration.ofSeconds(30));
        for (EventEnvelope copy : List.of(first, second, events.parse(events.toJson(first)))) {
            EventRejectedException refused = assertThrows(EventRejectedException.class,
                    () -> events.personal(copy, JsonNode.class));
            assertTrue(refused.getMessage().contains("erased"), refused.getMessage());
        }
    }

    @Test
    void anotherProducersKeyIsAwaitedThenKeptThenRetracted() throws Exception {
        UUID subject = UUID.randomUUID();
        SecretKey eventKey = PersonalDataCipher.newKey();
        PersonalDataCipher shared = new PersonalDataCipher(crypto.activeKeyId(), crypto.keysById());
        UUID eventId = UUID.randomUUID();
        ObjectNode data = json.createObjectNode().put("referralId", subject.toString());
        data.put(EventEnvelope.PERSONAL, PersonalDataCipher.seal(eventKey,
                "{\"name\":\"Testo Fiktivsen\"}".getBytes(StandardCharsets.UTF_8),
                eventId.toString().getBytes(StandardCharsets.UTF_8)));
        EventEnvelope referral = new EventEnvelope(EventEnvelope.SPEC_VERSION, eventId, "/avrr/referral-service",
                "avrr.referral.probe-sealed.v1", subject.toString(), OffsetDateTime.now(), "application/json", null,
                EventEnvelope.SUBJECT_KEY, data);

        // Before referral-service's key arrives, the event waits: a fault that passes, never a dead letter.
        SubjectKeyAwaitedException awaited = assertThrows(SubjectKeyAwaitedException.class,
                () -> events.personal(referral, JsonNode.class));
        assertEquals(Failures.Kind.TRANSIENT, Failures.of(awaited));
        assertFalse(awaited.getMessage().contains(subject.toString()), "names no subject");

        String keyId = crypto.activeKeyId().orElseThrow();
        String value = json.createObjectNode().put("producer", "referral").put("subject", subject.toString())
                .put("keyId", keyId).put("key", PersonalDataCipher.seal(shared.key(keyId), eventKey.getEncoded(),
                        ("avrr-event-key|referral|" + subject).getBytes(StandardCharsets.UTF_8)))
                .toString();
        send(subject, value);
        await().atMost(Duration.ofSeconds(30)).ignoreException(SubjectKeyAwaitedException.class)
                .until(() -> "Testo Fiktivsen".equals(events.personal(referral, JsonNode.class).orElseThrow()
                        .path("name").asText()));
        List<String> kept = rows("SELECT master_key_id || '|' || wrapped FROM keystore.event_key WHERE producer = "
                + "'referral' AND subject = ?::uuid", subject.toString());
        assertEquals(1, kept.size());
        assertTrue(kept.get(0).startsWith(PersonalDataKeyTestResource.AT_REST_KEY_ID + "|"),
                "kept wrapped by this service's own master key");

        send(subject, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("SELECT 1 FROM event_key_destroyed WHERE producer = "
                + "'referral' AND subject = ?::uuid", subject.toString()).size() == 1);
        assertEquals(List.of(), rows("SELECT 1 FROM keystore.event_key WHERE subject = ?::uuid", subject.toString()));
        EventRejectedException refused = assertThrows(EventRejectedException.class,
                () -> events.personal(referral, JsonNode.class));
        assertTrue(refused.getMessage().contains("erased"), refused.getMessage());
    }

    private static void send(UUID subject, String value) throws Exception {
        Map<String, Object> props = new java.util.HashMap<>(KafkaBroker.clientProperties());
        props.put("key.serializer", StringSerializer.class.getName());
        props.put("value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>("avrr.referral.keys", subject.toString(), value)).get();
        }
    }

    private List<String> rows(String sql, String... parameters) throws SQLException {
        try (Connection c = PostgresTestResource.asOwner(dataSource); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }
}
