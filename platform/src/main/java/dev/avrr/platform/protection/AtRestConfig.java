package dev.avrr.platform.protection;

import java.util.Map;
import java.util.Optional;

import dev.avrr.platform.events.CryptoConfig;
import io.smallrye.config.ConfigMapping;

/**
 * Keys that protect identifiers and special-category fields at rest (docs/domain.md#protection-at-rest). Each
 * service has its own keys, never the events' key: {@code avrr.at-rest.keys} lists {@code id:base64} pairs
 * (AVRR_AT_REST_KEYS), {@code avrr.at-rest.active-key-id} (AVRR_AT_REST_KEY_ID) names the one that protects
 * new values. To rotate: add the new key, make it active, keep the old one until every row was rewritten.
 */
@ConfigMapping(prefix = "avrr.at-rest")
public interface AtRestConfig {

    Optional<String> activeKeyId();

    Optional<String> keys();

    default Map<String, String> keysById() {
        return CryptoConfig.parseKeys("avrr.at-rest.keys", keys());
    }
}
