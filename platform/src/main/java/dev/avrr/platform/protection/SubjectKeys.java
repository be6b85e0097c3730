package dev.avrr.platform.protection;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import dev.avrr.platform.events.PersonalDataCipher;
import dev.avrr.platform.transactions.AfterCommit;
import io.quarkus.arc.Unremovable;

/**
 * The keys of the people a service holds (docs/data-protection.md#keys-of-the-person): each subject — the record that
 * roots a person's data in the service (a referral, a case, an entitlement, an alert) — has its own data key, made
 * on first use, kept in {@code keystore.subject_key} wrapped by the service's master key (the at-rest key; a row
 * names the master key that wrapped it, so a rotation keeps old rows readable). The person's protected columns are
 * sealed with it. Erasure destroys it: what it sealed — in the tables, in every backup, in any copy — can no longer
 * be read, and a value whose key was destroyed reads as absent.
 * <p>
 * A key made in a transaction is known to other transactions only once that one committed; two transactions that
 * make the first key of a subject at once end with the one that committed first (the other waits on the row and
 * reads it).
 */
@ApplicationScoped
@Unremovable
public class SubjectKeys {

    private static final String SELECT = "SELECT master_key_id, wrapped FROM keystore.subject_key WHERE subject = ?";
    private static final String INSERT = "INSERT INTO keystore.subject_key (subject, master_key_id, wrapped) "
            + "VALUES (?, ?, ?) ON CONFLICT (subject) DO NOTHING RETURNING subject";
    /** The subject's key if it has one, and whether it was destroyed: one round trip. */
    private static final String KNOWN = "SELECT k.master_key_id, k.wrapped, EXISTS (SELECT 1 FROM "
            + "subject_key_destroyed d WHERE d.subject = ?) FROM (SELECT 1) one LEFT JOIN keystore.subject_key k "
            + "ON k.subject = ?";
    private static final String DELETE = "DELETE FROM keystore.subject_key WHERE subject = ? "
            + "RETURNING event_key_published_at";
    private static final String RECORD_DESTROYED = "INSERT INTO subject_key_destroyed (subject) VALUES (?) "
            + "ON CONFLICT (subject) DO NOTHING";
    private static final String OUTDATED = "SELECT subject, master_key_id, wrapped FROM keystore.subject_key "
            + "WHERE master_key_id <> ? ORDER BY subject LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String REWRAPPED = "UPDATE keystore.subject_key SET master_key_id = ?, wrapped = ? "
            + "WHERE subject = ?";
    private static final int CACHED = 10_000;
    private static final long CACHE_MILLIS = 5 * 60_000L;
    private static final String ERASING = SubjectKeys.class.getName() + ".erasing";

    private final DataSource dataSource;
    private final Event<SubjectKeysDestroyed> destroyedEvents;
    private final TransactionSynchronizationRegistry transactions;
    private final PersonalDataCipher master;
    private final Map<UUID, Cached> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Cached> eldest) {
            return size() > CACHED;
        }
    };

    private record Cached(SecretKey key, long until) {
    }

    @Inject
    public SubjectKeys(DataSource dataSource, TransactionSynchronizationRegistry transactions, AtRestConfig config,
            Event<SubjectKeysDestroyed> destroyedEvents) {
        this.destroyedEvents = destroyedEvents;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.master = new PersonalDataCipher(config.activeKeyId().filter(s -> !s.isBlank()), config.keysById());
    }

    /**
     * The key that seals the subject's new values, made now if the subject has none; empty when the subject is
     * being erased in this transaction or was erased: what is kept of it then is sealed with the service's key.
     */
    public Optional<SecretKey> sealingKey(UUID subject) {
        if (erasing().contains(subject)) {
            return Optional.empty();
        }
        Known known = known(subject);
        if (known.key().isPresent() || known.destroyed()) {
            return known.key();
        }
        String masterKeyId = master.activeKeyId().orElseThrow(
                () -> new IllegalStateException("No at-rest key is configured (avrr.at-rest.active-key-id)"));
        SecretKey made = PersonalDataCipher.newKey();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setObject(1, subject);
            ps.setString(2, masterKeyId);
            ps.setString(3, PersonalDataCipher.seal(master.key(masterKeyId), made.getEncoded(), wrapContext(subject)));
            SecretKey key;
            try (ResultSet inserted = ps.executeQuery()) {
                // Another transaction may have made it first: the stored one is the key.
                key = inserted.next() ? made
                        : stored(c, subject).orElseThrow(() -> new IllegalStateException("A subject key was not kept"));
            }
            rememberAfterCommit(subject, key);
            return Optional.of(key);
        } catch (SQLException e) {
            throw new IllegalStateException("The subject's key could not be made", e);
        }
    }

    /**
     * The key that opens the subject's values; empty when it was destroyed (the subject was erased). A subject that
     * never had a key is an error: nothing was ever sealed for it.
     */
    public Optional<SecretKey> openingKey(UUID subject) {
        Known known = known(subject);
        if (known.key().isEmpty() && !known.destroyed()) {
            throw new IllegalStateException("A value names a subject key that does not exist");
        }
        return known.key();
    }

    /** What is known of a subject's key: the key, from the cache or the key store, or whether it was destroyed. */
    private record Known(Optional<SecretKey> key, boolean destroyed) {
    }

    private Known known(UUID subject) {
        SecretKey cached = cached(subject);
        if (cached != null) {
            return new Known(Optional.of(cached), false);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(KNOWN)) {
            ps.setObject(1, subject);
            ps.setObject(2, subject);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getString(1) != null) {
                    byte[] raw = PersonalDataCipher.open(master.key(rs.getString(1)), rs.getString(2),
                            wrapContext(subject));
                    return new Known(remember(subject, new SecretKeySpec(raw, "AES")), false);
                }
                return new Known(Optional.empty(), rs.getBoolean(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The subject's key could not be read", e);
        }
    }

    /**
     * Marks the subjects as being erased in the caller's transaction: from now on, what is written for them is sealed
     * with the service's key (what erasure keeps: ids, categories, amounts, dates), while their values still open
     * until {@link #destroy} runs.
     */
    public void erasing(Collection<UUID> subjects) {
        Set<UUID> marked = erasing();
        if (marked.isEmpty()) {
            marked = new HashSet<>();
            transactions.putResource(ERASING, marked);
        }
        marked.addAll(subjects);
    }

    /**
     * Destroys the subjects' keys in the caller's transaction and records that they were destroyed: once it commits,
     * nothing sealed with them opens again, wherever a copy is. The subjects whose event keys were published are
     * announced ({@link SubjectKeysDestroyed}), for their retraction to be published in the same transaction.
     */
    public int destroy(Collection<UUID> subjects) {
        int destroyed = 0;
        List<UUID> published = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement(DELETE);
                PreparedStatement record = c.prepareStatement(RECORD_DESTROYED)) {
            for (UUID subject : subjects) {
                delete.setObject(1, subject);
                try (ResultSet rs = delete.executeQuery()) {
                    if (rs.next()) {
                        destroyed++;
                        if (rs.getObject(1) != null) {
                            published.add(subject);
                        }
                    }
                }
                record.setObject(1, subject);
                record.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The subjects' keys could not be destroyed", e);
        }
        if (!published.isEmpty() && destroyedEvents != null) {
            destroyedEvents.fire(new SubjectKeysDestroyed(List.copyOf(published)));
        }
        synchronized (cache) {
            subjects.forEach(cache::remove);
        }
        return destroyed;
    }

    /**
     * After a rotation of the master key (a new at-rest key made active, the old one still listed), wraps up to
     * {@code batch} subject keys still wrapped by an older master key with the active one, in the caller's
     * transaction; how many. The data keys themselves do not change, so no value is sealed again. Once none is left,
     * the old master key may be removed from the configuration.
     */
    public int rewrap(int batch) {
        String active = master.activeKeyId().orElseThrow(
                () -> new IllegalStateException("No at-rest key is configured (avrr.at-rest.active-key-id)"));
        int rewrapped = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(OUTDATED);
                PreparedStatement update = c.prepareStatement(REWRAPPED)) {
            select.setString(1, active);
            select.setInt(2, batch);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    UUID subject = rs.getObject(1, UUID.class);
                    byte[] raw = PersonalDataCipher.open(master.key(rs.getString(2)), rs.getString(3),
                            wrapContext(subject));
                    update.setString(1, active);
                    update.setString(2, PersonalDataCipher.seal(master.key(active), raw, wrapContext(subject)));
                    update.setObject(3, subject);
                    rewrapped += update.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The subjects' keys could not be wrapped again", e);
        }
        return rewrapped;
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> erasing() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return Set.of();
        }
        Object marked = transactions.getResource(ERASING);
        return marked == null ? Set.of() : (Set<UUID>) marked;
    }

    private Optional<SecretKey> stored(Connection c, UUID subject) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setObject(1, subject);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                byte[] raw = PersonalDataCipher.open(master.key(rs.getString(1)), rs.getString(2), wrapContext(subject));
                return Optional.of(new SecretKeySpec(raw, "AES"));
            }
        }
    }

    private SecretKey cached(UUID subject) {
        synchronized (cache) {
            Cached cached = cache.get(subject);
            if (cached == null || cached.until() < System.currentTimeMillis()) {
                return null;
            }
            return cached.key();
        }
    }

    private Optional<SecretKey> remember(UUID subject, SecretKey key) {
        synchronized (cache) {
            cache.put(subject, new Cached(key, System.currentTimeMillis() + CACHE_MILLIS));
        }
        return Optional.of(key);
    }

    /** A key made in this transaction is cached only once it committed: a rolled-back one never existed. */
    private void rememberAfterCommit(UUID subject, SecretKey key) {
        AfterCommit.run(transactions, () -> remember(subject, key));
    }

    private static byte[] wrapContext(UUID subject) {
        return ("avrr-subject-key|" + subject).getBytes(StandardCharsets.UTF_8);
    }
}
