package dev.avrr.platform.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AtRestCipherTest {

    private static String key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    private static AtRestCipher cipher(String active, String keys) {
        return new AtRestCipher(config(active, keys), null);
    }

    private static AtRestConfig config(String active, String keys) {
        return new AtRestConfig() {
            @Override
            public Optional<String> activeKeyId() {
                return Optional.ofNullable(active);
            }

            @Override
            public Optional<String> keys() {
                return Optional.ofNullable(keys);
            }
        };
    }

    /** Seals as Hibernate writes a service's value: for its place and row. */
    private static String write(AtRestCipher cipher, String place, String row, String value) {
        ProtectedWrites.begin("Probe", List.of(value), List.of(new ProtectedWrites.Place(place, row, null)));
        try {
            return cipher.protect(value, value);
        } finally {
            ProtectedWrites.end();
        }
    }

    /** Opens as Hibernate reads: the database puts the place and the row the value was read from before it. */
    private static String read(AtRestCipher cipher, String place, String row, String stored) {
        return cipher.reveal(place + "|" + row + "|" + stored);
    }

    private final String k1 = key();
    private final String k2 = key();

    @Test
    void aProtectedValueNamesItsKeyHoldsNothingInClearAndOpensAtItsPlace() {
        AtRestCipher cipher = cipher("r1", "r1:" + k1);
        String stored = write(cipher, "p1", "42", new String("31129956715"));
        assertTrue(stored.startsWith("v2:K:r1:"));
        assertFalse(stored.contains("31129956715"));
        assertNotEquals(stored, write(cipher, "p1", "42", new String("31129956715")), "a fresh IV each time");
        assertEquals("31129956715", read(cipher, "p1", "42", stored));
        assertNull(cipher.protect(null, null));
        assertNull(cipher.reveal(null));
    }

    @Test
    void aValueCopiedIntoAnotherRowOrColumnDoesNotOpen() {
        AtRestCipher cipher = cipher("r1", "r1:" + k1);
        String stored = write(cipher, "p1", "42", new String("Testa"));
        assertThrows(IllegalStateException.class, () -> read(cipher, "p1", "43", stored), "another row");
        assertThrows(IllegalStateException.class, () -> read(cipher, "p2", "42", stored), "another column");
        assertThrows(IllegalStateException.class, () -> cipher.reveal(stored), "read without its place");
    }

    @Test
    void afterRotationOldRowsStillOpenAndNewOnesUseTheNewKey() {
        String old = write(cipher("r1", "r1:" + k1), "p1", "42", new String("Testa"));
        AtRestCipher rotated = cipher("r2", "r1:" + k1 + ",r2:" + k2);
        assertEquals("Testa", read(rotated, "p1", "42", old));
        assertTrue(write(rotated, "p1", "42", new String("Testa")).startsWith("v2:K:r2:"));
    }

    @Test
    void aValueWrittenBeforePlacesStillOpens() {
        AtRestCipher cipher = cipher("r1", "r1:" + k1);
        String legacy = cipher.protectWithoutPlace("Testa");
        assertTrue(legacy.startsWith("r1:"));
        assertEquals("Testa", read(cipher, "p1", "42", legacy));
    }

    @Test
    void aValueOfAnOlderFormIsSealedAgainForItsPlaceWithTheActiveKey() {
        String oldKey = write(cipher("r1", "r1:" + k1), "p1", "42", new String("Testa"));
        AtRestCipher rotated = cipher("r2", "r1:" + k1 + ",r2:" + k2);
        String legacy = rotated.protectWithoutPlace("Fiktiva");
        for (String older : List.of(oldKey, legacy, "v0:Testa Fiktiva")) {
            String resealed = rotated.reseal("p1|42|" + older, null);
            assertTrue(resealed.startsWith("v2:K:r2:"), resealed);
            assertFalse(resealed.contains("Testa") || resealed.contains("Fiktiva"));
            assertEquals(read(rotated, "p1", "42", older), read(rotated, "p1", "42", resealed));
            assertThrows(IllegalStateException.class, () -> read(rotated, "p1", "43", resealed), "bound to its row");
            assertThrows(IllegalStateException.class, () -> read(cipher("r1", "r1:" + k1), "p1", "42", resealed),
                    "the old key no longer opens it");
        }
    }

    @Test
    void aValueKeptInClearBeforeItsColumnWasProtectedReadsAsItWas() {
        AtRestCipher cipher = cipher("r1", "r1:" + k1);
        assertEquals("Testa: Fiktiva", read(cipher, "p1", "42", "v0:Testa: Fiktiva"));
    }

    @Test
    void aCopyHibernateKeepsOutsideAWriteOpensInThisProcessOnly() {
        AtRestCipher cipher = cipher("r1", "r1:" + k1);
        String copy = cipher.protect("Testa", "Testa");
        assertTrue(copy.startsWith("t:"));
        assertFalse(copy.contains("Testa"));
        assertEquals("Testa", cipher.reveal(copy));
    }

    @Test
    void aRowWhoseValueWasNotSealedForItsPlaceIsRefused() {
        ProtectedWrites.begin("Probe", List.of("Testa"), List.of(new ProtectedWrites.Place("p1", "42", null)));
        assertThrows(IllegalStateException.class, ProtectedWrites::end);
    }

    @Test
    void aTamperedOrForeignValueDoesNotOpen() {
        AtRestCipher cipher = cipher("r1", "r1:" + k1);
        String stored = write(cipher, "p1", "42", new String("Testa"));
        char last = stored.charAt(stored.length() - 2);
        String tampered = stored.substring(0, stored.length() - 2) + (last == 'A' ? 'B' : 'A') + stored.charAt(stored.length() - 1);
        assertThrows(IllegalStateException.class, () -> read(cipher, "p1", "42", tampered));
        assertThrows(IllegalStateException.class, () -> read(cipher, "p1", "42", "plain text"));
        assertThrows(IllegalStateException.class, () -> read(cipher("r2", "r2:" + k2), "p1", "42", stored));
    }

    @Test
    void withoutAnActiveKeyNothingIsProtected() {
        assertThrows(IllegalStateException.class, () -> write(cipher(null, null), "p1", "42", "Testa"));
    }
}
