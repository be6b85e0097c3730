package dev.avrr.platform.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Keys for the personal part of events. {@code avrr.crypto.keys} lists {@code id:base64} pairs separated by
 * commas (AVRR_PERSONAL_KEYS); {@code avrr.crypto.active-key-id} (AVRR_PERSONAL_KEY_ID) names the key that
 * seals. To rotate: add the new key, make it active, keep the old one until no event needs it.
 */
@ConfigMapping(prefix = "avrr.crypto")
public interface CryptoConfig {

    /** The key that seals new events; absent in a service that never sends personal data. */
    Optional<String> activeKeyId();

    Optional<String> keys();

    /** Every key that may open an event, by id. */
    default Map<String, String> keysById() {
        return parseKeys("avrr.crypto.keys", keys());
    }

    /** Parses a list of {@code id:base64} pairs separated by commas; an id never holds a colon. */
    static Map<String, String> parseKeys(String property, Optional<String> list) {
        Map<String, String> byId = new HashMap<>();
        list.ifPresent(value -> {
            for (String pair : value.split(",")) {
                String trimmed = pair.trim();
                int colon = trimmed.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException(property + " takes id:base64 pairs separated by commas");
                }
                byId.put(trimmed.substring(0, colon), trimmed.substring(colon + 1));
            }
        });
        return byId;
    }
}
