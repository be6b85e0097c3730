package dev.avrr.platform.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.protection.AtRestConfig;
import dev.avrr.platform.protection.SubjectKeys;
import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.PersonalDataKeyTestResource;
import dev.avrr.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The keys of the people (docs/data-protection.md#keys-of-the-person): a subject's key is made once, kept wrapped by
 * the master key (never in clear), the same for every later reader; a key made in a transaction that rolled back never
 * existed; erasure destroys it for good and records that it did; what an erasure writes meanwhile is sealed with the
 * service's key; a rotation of the master key wraps every key again without changing it.
 */
@QuarkusTest
@WithTestResource(PersonalDataKeyTestResource.class)
class SubjectKeysTest {

    @Inject
    SubjectKeys keys;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AtRestConfig config;

    @Test
    void aSubjectHasOneKeyKeptWrappedUntilItIsDestroyed() throws SQLException {
        UUID subject = UUID.randomUUID();
        SecretKey made = QuarkusTransaction.requiringNew().call(() -> keys.sealingKey(subject).orElseThrow());
        SecretKey again = QuarkusTransaction.requiringNew().call(() -> keys.sealingKey(subject).orElseThrow());
        assertArrayEquals(made.getEncoded(), again.getEncoded(), "one key per subject");
        assertArrayEquals(made.getEncoded(), QuarkusTransaction.requiringNew()
                .call(() -> keys.openingKey(subject).orElseThrow()).getEncoded());

        List<String> stored = stored(subject);
        assertEquals(1, stored.size());
        assertTrue(stored.get(0).startsWith(PersonalDataKeyTestResource.AT_REST_KEY_ID + "|"),
                "names the master key that wrapped it: " + stored);
        assertFalse(stored.get(0).contains(java.util.Base64.getEncoder().encodeToString(made.getEncoded())),
                "never in clear");

        QuarkusTransaction.requiringNew().run(() -> keys.destroy(List.of(subject)));
        assertEquals(List.of(), stored(subject));
        assertEquals(Optional.empty(), QuarkusTransaction.requiringNew().call(() -> keys.openingKey(subject)));
        assertEquals(Optional.empty(), QuarkusTransaction.requiringNew().call(() -> keys.sealingKey(subject)),
                "no new key for an erased subject: what is written for it is sealed with the service's key");
        assertEquals(List.of(subject.toString()), DatabaseScan.rows(dataSource,
                "SELECT subject FROM subject_key_destroyed WHERE subject = ?", subject), "its destruction is recorded");
    }

    @Test
    void aKeyMadeInATransactionThatRolledBackNeverExisted() throws SQLException {
        UUID subject = UUID.randomUUID();
        QuarkusTransaction.begin();
        keys.sealingKey(subject).orElseThrow();
        QuarkusTransaction.rollback();
        assertEquals(List.of(), stored(subject));
        assertThrows(IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().call(() -> keys.openingKey(subject)),
                "nothing was ever sealed for a subject without a key");
    }

    @Test
    void whileASubjectIsBeingErasedItsValuesStillOpenAndNewOnesTakeTheServicesKey() {
        UUID subject = UUID.randomUUID();
        SecretKey made = QuarkusTransaction.requiringNew().call(() -> keys.sealingKey(subject).orElseThrow());
        QuarkusTransaction.requiringNew().run(() -> {
            keys.erasing(List.of(subject));
            assertEquals(Optional.empty(), keys.sealingKey(subject));
            assertArrayEquals(made.getEncoded(), keys.openingKey(subject).orElseThrow().getEncoded());
            keys.destroy(List.of(subject));
        });
        assertEquals(Optional.empty(), QuarkusTransaction.requiringNew().call(() -> keys.openingKey(subject)));
    }

    @Test
    void aRotationOfTheMasterKeyWrapsEveryKeyAgainAndChangesNone() throws SQLException {
        UUID subject = UUID.randomUUID();
        SecretKey made = QuarkusTransaction.requiringNew().call(() -> keys.sealingKey(subject).orElseThrow());
        byte[] fresh = new byte[32];
        new java.security.SecureRandom().nextBytes(fresh);
        String rotatedKeys = config.keys().orElseThrow() + ",rotated:"
                + java.util.Base64.getEncoder().encodeToString(fresh);
        SubjectKeys rotated = new SubjectKeys(dataSource, transactions, new AtRestConfig() {
            @Override
            public Optional<String> activeKeyId() {
                return Optional.of("rotated");
            }

            @Override
            public Optional<String> keys() {
                return Optional.of(rotatedKeys);
            }
        }, null);

        int rewrapped = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> rotated.rewrap(100));
            rewrapped += batch;
        } while (batch == 100);
        assertTrue(rewrapped >= 1, "at least this subject's key");
        assertTrue(stored(subject).get(0).startsWith("rotated|"), "wrapped by the new master key");
        assertEquals(List.of("0"), count("SELECT COUNT(*) FROM keystore.subject_key WHERE master_key_id <> 'rotated'"),
                "none left wrapped by the old one");
        assertArrayEquals(made.getEncoded(), QuarkusTransaction.requiringNew()
                .call(() -> rotated.openingKey(subject).orElseThrow()).getEncoded(), "the data key is the same");

        // Back to the test's master key, for the other tests of this database.
        QuarkusTransaction.requiringNew().call(() -> new SubjectKeys(dataSource, transactions, new AtRestConfig() {
            @Override
            public Optional<String> activeKeyId() {
                return config.activeKeyId();
            }

            @Override
            public Optional<String> keys() {
                return Optional.of(rotatedKeys);
            }
        }, null).rewrap(100_000));
    }

    private List<String> count(String sql) throws SQLException {
        try (Connection c = PostgresTestResource.asOwner(dataSource); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return List.of(rs.getString(1));
        }
    }

    private List<String> stored(UUID subject) throws SQLException {
        try (Connection c = PostgresTestResource.asOwner(dataSource);
                PreparedStatement ps = c.prepareStatement(
                        "SELECT master_key_id || '|' || wrapped FROM keystore.subject_key WHERE subject = ?")) {
            ps.setObject(1, subject);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> rows = new java.util.ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
                return rows;
            }
        }
    }
}
