package dev.avrr.platform.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static String key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    private final String k1 = key();
    private final String k2 = key();
    private final byte[] person = "{\"givenName\":\"Testa\",\"familyName\":\"Fiktiv\"}".getBytes(StandardCharsets.UTF_8);
    private final byte[] eventId = "9f0c5a7e-0000-4000-8000-000000000001".getBytes(StandardCharsets.UTF_8);

    @Test
    void sealsWithTheActiveKeyAndOpensWithIt() {
        PersonalDataCipher cipher = new PersonalDataCipher(Optional.of("k1"), Map.of("k1", k1));
        PersonalDataCipher.Sealed sealed = cipher.seal(person, eventId);
        assertEquals("k1", sealed.keyId());
        assertFalse(new String(Base64.getDecoder().decode(sealed.value()), StandardCharsets.ISO_8859_1).contains("Fiktiv"));
        assertArrayEquals(person, cipher.open("k1", sealed.value(), eventId));
    }

    @Test
    void afterRotationOldEventsStillOpenAndNewOnesUseTheNewKey() {
        PersonalDataCipher before = new PersonalDataCipher(Optional.of("k1"), Map.of("k1", k1));
        PersonalDataCipher.Sealed old = before.seal(person, eventId);
        PersonalDataCipher after = new PersonalDataCipher(Optional.of("k2"), Map.of("k1", k1, "k2", k2));
        assertArrayEquals(person, after.open(old.keyId(), old.value(), eventId));
        assertEquals("k2", after.seal(person, eventId).keyId());
    }

    @Test
    void aSealedPartMovedToAnotherEventDoesNotOpen() {
        PersonalDataCipher cipher = new PersonalDataCipher(Optional.of("k1"), Map.of("k1", k1));
        PersonalDataCipher.Sealed sealed = cipher.seal(person, eventId);
        assertThrows(IllegalStateException.class,
                () -> cipher.open("k1", sealed.value(), "another-event".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTamperedPartOrAWrongKeyDoesNotOpen() {
        PersonalDataCipher cipher = new PersonalDataCipher(Optional.of("k1"), Map.of("k1", k1, "k2", k2));
        PersonalDataCipher.Sealed sealed = cipher.seal(person, eventId);
        byte[] bytes = Base64.getDecoder().decode(sealed.value());
        bytes[bytes.length - 1] ^= 1;
        assertThrows(IllegalStateException.class,
                () -> cipher.open("k1", Base64.getEncoder().encodeToString(bytes), eventId));
        assertThrows(IllegalStateException.class, () -> cipher.open("k2", sealed.value(), eventId));
    }

    @Test
    void anActiveKeyThatIsNotConfiguredIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataCipher(Optional.of("k9"), Map.of("k1", k1)));
        assertThrows(IllegalArgumentException.class,
                () -> new PersonalDataCipher(Optional.of("short"), Map.of("short", "c2hvcnQ=")));
    }

    @Test
    void eventTypesNameTheirTopic() {
        assertEquals("avrr.referral", EventTypes.topicOf("avrr.referral.accepted.v1"));
        assertEquals("avrr.case", EventTypes.topicOf("avrr.case.udi-decision-recorded.v1"));
        assertThrows(IllegalArgumentException.class, () -> EventTypes.topicOf("referral.accepted"));
        assertThrows(IllegalArgumentException.class, () -> EventTypes.topicOf("avrr.police.accepted.v1"));
    }
}
