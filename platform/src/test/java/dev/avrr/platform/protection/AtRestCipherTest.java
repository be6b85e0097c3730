package dev.avrr.platform.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AtRestCipherTest {

    private static String key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    private static AtRestCipher cipher(String active, String keys) {
        return new AtRestCipher(new AtRestConfig() {
            @Override
            public Optional<String> activeKeyId() {
                return Optional.ofNullable(active);
            }

            @Override
            public Optional<String> keys() {
                return Optional.ofNullable(keys);
            }
        });
    }

    private final String k1 = key();
    private final String k2 = key();

    @Test
    void aProtectedValueNamesItsKeyHoldsNothingInClearAndOpens() {
        AtRestCipher cipher = cipher("r1", "r1:" + k1);
        String stored = cipher.protect("31129956715");
        assertTrue(stored.startsWith("r1:"));
        assertFalse(stored.contains("31129956715"));
        assertNotEquals(stored, cipher.protect("31129956715"), "a fresh IV each time");
        assertEquals("31129956715", cipher.reveal(stored));
        assertNull(cipher.protect(null));
        assertNull(cipher.reveal(null));
    }

    @Test
    void afterRotationOldRowsStillOpenAndNewOnesUseTheNewKey() {
        String old = cipher("r1", "r1:" + k1).protect("Testa");
        AtRestCipher rotated = cipher("r2", "r1:" + k1 + ",r2:" + k2);
        assertEquals("Testa", rotated.reveal(old));
        assertTrue(rotated.protect("Testa").startsWith("r2:"));
    }

    @Test
    void aTamperedOrForeignValueDoesNotOpen() {
        AtRestCipher cipher = cipher("r1", "r1:" + k1);
        String stored = cipher.protect("Testa");
        char last = stored.charAt(stored.length() - 2);
        String tampered = stored.substring(0, stored.length() - 2) + (last == 'A' ? 'B' : 'A') + stored.charAt(stored.length() - 1);
        assertThrows(IllegalStateException.class, () -> cipher.reveal(tampered));
        assertThrows(IllegalStateException.class, () -> cipher.reveal("plain text"));
        assertThrows(IllegalStateException.class, () -> cipher("r2", "r2:" + k2).reveal(stored));
    }

    @Test
    void withoutAnActiveKeyNothingIsProtected() {
        assertThrows(IllegalStateException.class, () -> cipher(null, null).protect("Testa"));
    }
}
