package dev.avrr.platform.search;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.platform.protection.AtRestConfig;

/**
 * Keyed hashes of search terms ({@link SearchTerms}): what is stored to find a person by name, identifier or date of
 * birth, so that neither the terms nor anything that gives them back are kept in clear (docs/data-protection.md#search).
 * The key is derived from the service's active at-rest key; a row indexed under another key id is indexed again.
 */
@ApplicationScoped
public class BlindIndex {

    private static final byte[] CONTEXT = "avrr-search-index-v1".getBytes(StandardCharsets.UTF_8);
    private static final String HMAC = "HmacSHA256";
    /** 128 bits of the hash: enough to tell terms apart, short to store. */
    private static final int BYTES = 16;

    private final Optional<String> keyId;
    private final ThreadLocal<Mac> mac;

    @Inject
    public BlindIndex(AtRestConfig config) {
        this.keyId = config.activeKeyId().filter(id -> !id.isBlank());
        byte[] key = keyId.map(id -> mac(Base64.getDecoder().decode(config.keysById().get(id))).doFinal(CONTEXT))
                .orElse(null);
        this.mac = ThreadLocal.withInitial(() -> mac(key));
    }

    /** The id of the at-rest key the hashes are derived from. */
    public String keyId() {
        return keyId.orElseThrow(() -> new IllegalStateException("No active at-rest key to derive the search key"));
    }

    /** The keyed hash of a term, as 32 hexadecimal characters. */
    public String hash(String term) {
        keyId();
        byte[] full = mac.get().doFinal(term.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(full, 0, BYTES);
    }

    private static Mac mac(byte[] key) {
        try {
            Mac m = Mac.getInstance(HMAC);
            if (key != null) {
                m.init(new SecretKeySpec(key, HMAC));
            }
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
