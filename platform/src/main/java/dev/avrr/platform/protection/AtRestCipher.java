package dev.avrr.platform.protection;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.platform.events.PersonalDataCipher;
import io.quarkus.arc.Unremovable;

/**
 * AES-256-GCM for single columns: a protected value is stored as {@code keyId:base64(iv | ciphertext | tag)},
 * so a row names the key that protected it and old rows still open after a rotation. What is stored never
 * holds the value in clear, and a tampered value does not open.
 */
@ApplicationScoped
// Looked up by the JPA converters, which are not CDI beans, so nothing injects it.
@Unremovable
public class AtRestCipher {

    private static final byte[] CONTEXT = "avrr-at-rest-v1".getBytes(StandardCharsets.UTF_8);

    private final PersonalDataCipher cipher;

    @Inject
    public AtRestCipher(AtRestConfig config) {
        this.cipher = new PersonalDataCipher(config.activeKeyId().filter(s -> !s.isBlank()), config.keysById());
    }

    public String protect(String plain) {
        if (plain == null) {
            return null;
        }
        PersonalDataCipher.Sealed sealed = cipher.seal(plain.getBytes(StandardCharsets.UTF_8), CONTEXT);
        return sealed.keyId() + ":" + sealed.value();
    }

    public String reveal(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        if (colon <= 0) {
            throw new IllegalStateException("A protected column holds a value that was not protected");
        }
        return new String(cipher.open(stored.substring(0, colon), stored.substring(colon + 1), CONTEXT),
                StandardCharsets.UTF_8);
    }
}
