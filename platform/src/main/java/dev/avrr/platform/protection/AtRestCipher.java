package dev.avrr.platform.protection;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.platform.events.PersonalDataCipher;
import io.quarkus.arc.Unremovable;

/**
 * AES-256-GCM for single columns (docs/domain.md#protection-at-rest). A value is sealed with the key of its subject
 * ({@link SubjectKeys}), or the service's key for what is not a person's, and bound to its place — table, column and
 * row — as associated data ({@link ProtectedColumns}):
 * <ul>
 * <li>{@code v2:S:<subject>:<sealed>}: a person's value, sealed with the subject's key;</li>
 * <li>{@code v2:K:<keyId>:<sealed>}: sealed with the service's key of that id (a service's secret, or what erasure
 * keeps of a person: categories, amounts, dates);</li>
 * <li>{@code <keyId>:<sealed>}: a value written before values had places, sealed with the service's key;</li>
 * <li>{@code v0:<value>}: a value a column held in clear before it was protected, marked so by the migration that
 * protected the column.</li>
 * </ul>
 * The last two, and values sealed with an older key of the service, still open, and {@link Resealing} seals them
 * again for their place.
 * Nothing stored holds the value in clear; a tampered value, or one moved to another place, does not open; a value
 * whose subject's key was destroyed reads as absent.
 */
@ApplicationScoped
// Looked up by the JPA converters, which are not CDI beans, so nothing injects it.
@Unremovable
public class AtRestCipher {

    private static final String V1_CONTEXT = "avrr-at-rest-v1";
    private static final String V2 = "v2:";
    private static final String CLEAR = "v0:";
    private static final String TRANSIENT = "t:";
    private static final byte[] TRANSIENT_CONTEXT = "avrr-transient".getBytes(StandardCharsets.UTF_8);
    /** Seals what Hibernate converts outside a write (its copies of a loaded value): never stored, never kept. */
    private static final SecretKey TRANSIENT_KEY = PersonalDataCipher.newKey();

    private final PersonalDataCipher cipher;
    private final SubjectKeys subjects;

    @Inject
    public AtRestCipher(AtRestConfig config, SubjectKeys subjects) {
        this.cipher = new PersonalDataCipher(config.activeKeyId().filter(s -> !s.isBlank()), config.keysById());
        this.subjects = subjects;
    }

    /**
     * Seals the text of an entity's value for the place Hibernate writes it to; a value converted outside a write (a
     * copy Hibernate keeps of what it loaded) is sealed for this process only.
     */
    public String protect(Object attribute, String plain) {
        if (plain == null) {
            return null;
        }
        byte[] bytes = plain.getBytes(StandardCharsets.UTF_8);
        Optional<ProtectedWrites.Place> place = ProtectedWrites.take(attribute);
        if (place.isEmpty()) {
            return TRANSIENT + PersonalDataCipher.seal(TRANSIENT_KEY, bytes, TRANSIENT_CONTEXT);
        }
        return seal(place.get(), bytes);
    }

    /**
     * Seals again, for its place, a value stored in an older form (see the class); {@code read} is the value as the
     * database reads it ({@code place|row|stored}), the subject the one whose key seals the column's values (null:
     * the service's). Null when the value no longer opens (its subject's key was destroyed).
     */
    String reseal(String read, UUID subject) {
        String plain = reveal(read);
        if (plain == null) {
            return null;
        }
        ProtectedWrites.Place at = place(read);
        return seal(new ProtectedWrites.Place(at.place(), at.row(), subject), plain.getBytes(StandardCharsets.UTF_8));
    }

    private String seal(ProtectedWrites.Place at, byte[] bytes) {
        Optional<SecretKey> subjectKey = at.subject() == null ? Optional.empty() : subjects.sealingKey(at.subject());
        if (subjectKey.isPresent()) {
            String keyRef = "S:" + at.subject();
            return V2 + keyRef + ":" + PersonalDataCipher.seal(subjectKey.get(), bytes, context(at, keyRef));
        }
        String keyRef = "K:" + activeKeyId();
        return V2 + keyRef + ":" + PersonalDataCipher.seal(cipher.key(activeKeyId()), bytes, context(at, keyRef));
    }

    /** The id of the service's key that seals what it seals now. */
    String activeKeyId() {
        return cipher.activeKeyId().orElseThrow(
                () -> new IllegalStateException("No at-rest key is configured (avrr.at-rest.active-key-id)"));
    }

    /**
     * Opens a value as the database reads it — {@code place|row|stored} — or a copy sealed by {@link #protect} for this
     * process; null when its subject's key was destroyed.
     */
    public String reveal(String read) {
        if (read == null) {
            return null;
        }
        if (read.startsWith(TRANSIENT)) {
            return text(PersonalDataCipher.open(TRANSIENT_KEY, read.substring(TRANSIENT.length()), TRANSIENT_CONTEXT));
        }
        ProtectedWrites.Place at = place(read);
        String stored = read.substring(at.place().length() + at.row().length() + 2);
        if (stored.startsWith(CLEAR)) {
            return stored.substring(CLEAR.length());
        }
        if (!stored.startsWith(V2)) {
            return revealV1(stored);
        }
        String[] parts = stored.substring(V2.length()).split(":", 3);
        if (parts.length != 3) {
            throw new IllegalStateException("A protected column holds a value that was not protected");
        }
        String keyRef = parts[0] + ":" + parts[1];
        SecretKey key;
        if ("S".equals(parts[0])) {
            Optional<SecretKey> subjectKey = subjects.openingKey(UUID.fromString(parts[1]));
            if (subjectKey.isEmpty()) {
                return null;
            }
            key = subjectKey.get();
        } else if ("K".equals(parts[0])) {
            key = cipher.key(parts[1]);
        } else {
            throw new IllegalStateException("A protected column holds a value that was not protected");
        }
        return text(PersonalDataCipher.open(key, parts[2], context(at, keyRef)));
    }

    /** Seals a value the way values were sealed before they had places: for a column that held values in clear. */
    public String protectWithoutPlace(String plain) {
        if (plain == null) {
            return null;
        }
        PersonalDataCipher.Sealed sealed = cipher.seal(plain.getBytes(StandardCharsets.UTF_8),
                V1_CONTEXT.getBytes(StandardCharsets.UTF_8));
        return sealed.keyId() + ":" + sealed.value();
    }

    private String revealV1(String stored) {
        int colon = stored.indexOf(':');
        if (colon <= 0) {
            throw new IllegalStateException("A protected column holds a value that was not protected");
        }
        return text(cipher.open(stored.substring(0, colon), stored.substring(colon + 1),
                V1_CONTEXT.getBytes(StandardCharsets.UTF_8)));
    }

    private static ProtectedWrites.Place place(String read) {
        int first = read.indexOf('|');
        int second = first < 0 ? -1 : read.indexOf('|', first + 1);
        if (second < 0) {
            throw new IllegalStateException("A protected column was read without its place");
        }
        return new ProtectedWrites.Place(read.substring(0, first), read.substring(first + 1, second), null);
    }

    private static byte[] context(ProtectedWrites.Place at, String keyRef) {
        return ("avrr-at-rest-v2|" + at.place() + "|" + at.row() + "|" + keyRef).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
