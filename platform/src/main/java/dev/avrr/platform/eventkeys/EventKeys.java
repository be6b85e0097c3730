package dev.avrr.platform.eventkeys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.avrr.platform.events.CryptoConfig;
import dev.avrr.platform.events.EventKeySource;
import dev.avrr.platform.events.PersonalDataCipher;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.protection.AtRestConfig;
import dev.avrr.platform.protection.SubjectKeys;
import dev.avrr.platform.protection.SubjectKeysDestroyed;
import dev.avrr.platform.transactions.AfterCommit;

/**
 * The event keys of the people (docs/data-protection.md#keys-of-the-person). A service's event key of a subject is
 * derived from the subject's key ({@link SubjectKeys}), so destroying that one destroys it too. The first time the
 * service seals an event part with it, it publishes it on its compacted key topic ({@code avrr.<service>.keys}, the
 * record keyed by the subject), through the outbox, before the event, wrapped by the events' key the services share;
 * when the subject is erased it publishes a tombstone. The other services keep what they received in their own key
 * store ({@code keystore.event_key}, wrapped by their own master key) and delete it on the tombstone, recording that
 * it was destroyed: once every service confirmed the erasure and the topic was compacted, no key to the parts the
 * broker still retains is left anywhere.
 */
@ApplicationScoped
public class EventKeys implements EventKeySource {

    private static final String PUBLISH = "UPDATE keystore.subject_key SET event_key_published_at = now() "
            + "WHERE subject = ? AND event_key_published_at IS NULL";
    private static final String RECEIVED = "SELECT master_key_id, wrapped FROM keystore.event_key "
            + "WHERE producer = ? AND subject = ?";
    private static final String DESTROYED = "SELECT 1 FROM event_key_destroyed WHERE producer = ? AND subject = ?";
    private static final String KEEP = "INSERT INTO keystore.event_key (producer, subject, master_key_id, wrapped) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT (producer, subject) DO UPDATE SET master_key_id = EXCLUDED.master_key_id, "
            + "wrapped = EXCLUDED.wrapped, received_at = now()";
    private static final String FORGET = "DELETE FROM keystore.event_key WHERE producer = ? AND subject = ?";
    private static final String RECORD_DESTROYED = "INSERT INTO event_key_destroyed (producer, subject) VALUES (?, ?) "
            + "ON CONFLICT DO NOTHING";
    private static final int CACHED = 10_000;

    private final Map<String, SecretKey> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SecretKey> eldest) {
            return size() > CACHED;
        }
    };

    /** The subjects whose event key this service knows to be published: asked of the database once. */
    private final Map<UUID, Boolean> published = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
            return size() > CACHED;
        }
    };

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    SubjectKeys subjectKeys;

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    CryptoConfig crypto;

    @Inject
    AtRestConfig atRest;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private volatile PersonalDataCipher eventsCipher;
    private volatile PersonalDataCipher masterCipher;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<SecretKey> sealing(UUID subject) {
        PersonalDataCipher events = events();
        if (events.activeKeyId().isEmpty()) {
            return Optional.empty();
        }
        Optional<SecretKey> subjectKey = subjectKeys.sealingKey(subject);
        if (subjectKey.isEmpty()) {
            return Optional.empty();
        }
        SecretKey eventKey = derive(subjectKey.get(), producer());
        synchronized (published) {
            if (published.containsKey(subject)) {
                return Optional.of(eventKey);
            }
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(PUBLISH)) {
            ps.setObject(1, subject);
            if (ps.executeUpdate() == 0) {
                // Published by a transaction that committed: no need to ask again.
                remember(subject);
            } else {
                String keyId = events.activeKeyId().get();
                ObjectNode record = json.createObjectNode().put("producer", producer()).put("subject", subject.toString())
                        .put("keyId", keyId).put("key", PersonalDataCipher.seal(events.key(keyId), eventKey.getEncoded(),
                                wrapContext(producer(), subject)));
                outbox.addKeyRecord(subject.toString(), record.toString());
                AfterCommit.run(transactions, () -> remember(subject));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The subject's event key could not be published", e);
        }
        return Optional.of(eventKey);
    }

    private void remember(UUID subject) {
        synchronized (published) {
            published.put(subject, Boolean.TRUE);
        }
    }

    @Override
    public Optional<SecretKey> opening(String producer, UUID subject) {
        if (producer.equals(producer())) {
            return subjectKeys.openingKey(subject).map(k -> derive(k, producer));
        }
        String cacheKey = producer + "/" + subject;
        synchronized (cache) {
            SecretKey known = cache.get(cacheKey);
            if (known != null) {
                return Optional.of(known);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(RECEIVED)) {
                ps.setString(1, producer);
                ps.setObject(2, subject);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        SecretKey key = new SecretKeySpec(PersonalDataCipher.open(master().key(rs.getString(1)),
                                rs.getString(2), keepContext(producer, subject)), "AES");
                        synchronized (cache) {
                            cache.put(cacheKey, key);
                        }
                        return Optional.of(key);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(DESTROYED)) {
                ps.setString(1, producer);
                ps.setObject(2, subject);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.empty();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("A subject's event key could not be read", e);
        }
        throw new SubjectKeyAwaitedException(producer);
    }

    /**
     * Keeps a producer's event key of a subject as received from its key topic, or — a tombstone ({@code null}) —
     * destroys it and records that it was destroyed, in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(String producer, UUID subject, String value) {
        synchronized (cache) {
            cache.remove(producer + "/" + subject);
        }
        try (Connection c = dataSource.getConnection()) {
            if (value == null) {
                try (PreparedStatement forget = c.prepareStatement(FORGET);
                        PreparedStatement record = c.prepareStatement(RECORD_DESTROYED)) {
                    forget.setString(1, producer);
                    forget.setObject(2, subject);
                    forget.executeUpdate();
                    record.setString(1, producer);
                    record.setObject(2, subject);
                    record.executeUpdate();
                }
                return;
            }
            JsonNode record = json.readTree(value);
            byte[] key = events().open(record.path("keyId").asText(), record.path("key").asText(),
                    wrapContext(producer, subject));
            PersonalDataCipher master = master();
            String masterKeyId = master.activeKeyId().orElseThrow(
                    () -> new IllegalStateException("No at-rest key is configured (avrr.at-rest.active-key-id)"));
            try (PreparedStatement keep = c.prepareStatement(KEEP)) {
                keep.setString(1, producer);
                keep.setObject(2, subject);
                keep.setString(3, masterKeyId);
                keep.setString(4, PersonalDataCipher.seal(master.key(masterKeyId), key, keepContext(producer, subject)));
                keep.executeUpdate();
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("A subject's event key could not be kept", e);
        }
    }

    /** The subjects' keys were destroyed: the retraction of each published event key goes out with the erasure. */
    void onDestroyed(@Observes SubjectKeysDestroyed destroyed) {
        destroyed.published().forEach(subject -> outbox.addKeyRecord(subject.toString(), null));
        synchronized (published) {
            destroyed.published().forEach(published::remove);
        }
    }

    /** This service as a producer ({@code case} for case-service). */
    String producer() {
        return service.replaceFirst("-service$", "");
    }

    /** The event key of a producer for a subject: derived from the subject's key, never stored by the producer. */
    static SecretKey derive(SecretKey subjectKey, String producer) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subjectKey.getEncoded(), "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(("avrr-event-key|" + producer).getBytes(StandardCharsets.UTF_8)),
                    "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private PersonalDataCipher events() {
        if (eventsCipher == null) {
            eventsCipher = new PersonalDataCipher(crypto.activeKeyId().filter(s -> !s.isBlank()), crypto.keysById());
        }
        return eventsCipher;
    }

    private PersonalDataCipher master() {
        if (masterCipher == null) {
            masterCipher = new PersonalDataCipher(atRest.activeKeyId().filter(s -> !s.isBlank()), atRest.keysById());
        }
        return masterCipher;
    }

    private static byte[] wrapContext(String producer, UUID subject) {
        return ("avrr-event-key|" + producer + "|" + subject).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] keepContext(String producer, UUID subject) {
        return ("avrr-event-key-kept|" + producer + "|" + subject).getBytes(StandardCharsets.UTF_8);
    }
}
