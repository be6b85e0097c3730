package dev.avrr.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.crypto.AEADBadTagException;

import org.junit.jupiter.api.function.Executable;

/** Assertions on values protected at rest (docs/data-protection.md#keys-of-the-person). */
public final class SealedValues {

    private SealedValues() {
    }

    /**
     * Reading fails because a sealed value did not open where it was read — the cipher refused it (AES-GCM's tag did
     * not match its key or its place), whatever Hibernate wrapped the refusal in.
     */
    public static void assertDoesNotOpen(Executable read) {
        Throwable failure = assertThrows(RuntimeException.class, read);
        Throwable cause = failure;
        while (cause != null && !(cause instanceof AEADBadTagException)) {
            cause = cause.getCause();
        }
        assertTrue(cause != null, "refused by the cipher: " + failure);
    }
}
