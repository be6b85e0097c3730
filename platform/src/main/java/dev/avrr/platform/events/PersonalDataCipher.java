package dev.avrr.platform.events;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for the personal part of an event. The event id is the associated data, so a sealed part
 * cannot be moved into another event. Several keys may be known at once: the active one seals, any known
 * one opens, which is how a key is rotated.
 */
public final class PersonalDataCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /**
     * One random source and one AES-GCM cipher per thread: a cipher is made once (looking its provider up is costly)
     * and initialised for each value with its key and a fresh IV; the shared system random source would make every
     * thread wait on its lock.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    });

    private final Optional<String> activeKeyId;
    private final Map<String, SecretKey> keys;

    /** A sealed value and the id of the key that sealed it. */
    public record Sealed(String keyId, String value) {
    }

    public PersonalDataCipher(Optional<String> activeKeyId, Map<String, String> base64Keys) {
        this.activeKeyId = activeKeyId;
        java.util.HashMap<String, SecretKey> parsed = new java.util.HashMap<>();
        base64Keys.forEach((id, encoded) -> {
            byte[] raw = Base64.getDecoder().decode(encoded.trim());
            if (raw.length != 32) {
                throw new IllegalArgumentException("Personal-data key '" + id + "' must be 32 bytes (base64)");
            }
            parsed.put(id, new SecretKeySpec(raw, "AES"));
        });
        this.keys = Map.copyOf(parsed);
        activeKeyId.ifPresent(id -> {
            if (!keys.containsKey(id)) {
                throw new IllegalArgumentException("The active personal-data key '" + id + "' is not configured");
            }
        });
    }

    public Sealed seal(byte[] plaintext, byte[] associatedData) {
        String keyId = activeKeyId.orElseThrow(() -> new IllegalStateException(
                "No personal-data key is configured (avrr.crypto.active-key-id)"));
        return new Sealed(keyId, seal(keys.get(keyId), plaintext, associatedData));
    }

    /** The id of the key that seals, if one is configured. */
    public Optional<String> activeKeyId() {
        return activeKeyId;
    }

    /** Seals with the given key: {@code base64(iv | ciphertext | tag)}. */
    public static String seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
        return Base64.getEncoder().encodeToString(sealBytes(key, plaintext, associatedData));
    }

    /** Seals with the given key: {@code iv | ciphertext | tag}, for what is stored as bytes (a document). */
    public static byte[] sealBytes(SecretKey key, byte[] plaintext, byte[] associatedData) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.get().nextBytes(iv);
            Cipher cipher = GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    /** Opens what {@link #seal(SecretKey, byte[], byte[])} sealed with the same key and associated data. */
    public static byte[] open(SecretKey key, String sealed, byte[] associatedData) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The personal part could not be opened: wrong key or tampered", e);
        }
        return openBytes(key, bytes, associatedData);
    }

    /** Opens what {@link #sealBytes} sealed with the same key and associated data. */
    public static byte[] openBytes(SecretKey key, byte[] sealed, byte[] associatedData) {
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The personal part could not be opened: wrong key or tampered", e);
        }
    }

    /** A fresh random 256-bit AES key. */
    public static SecretKey newKey() {
        byte[] raw = new byte[32];
        RANDOM.get().nextBytes(raw);
        return new SecretKeySpec(raw, "AES");
    }

    public byte[] open(String keyId, String sealed, byte[] associatedData) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("Unknown personal-data key id");
        }
        return open(key, sealed, associatedData);
    }

    /** The key of this id, to wrap or unwrap other keys with. */
    public SecretKey key(String keyId) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("Unknown key id");
        }
        return key;
    }
}
