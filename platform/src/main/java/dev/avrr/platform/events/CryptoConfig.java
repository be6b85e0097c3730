package dev.avrr.platform.events;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Keys for the personal part of events: {@code avrr.crypto.keys.<id>=<base64 32 bytes>}. */
@ConfigMapping(prefix = "avrr.crypto")
public interface CryptoConfig {

    /** The key that seals new events; absent in a service that never sends personal data. */
    Optional<String> activeKeyId();

    /** Every key that may open an event, by id. */
    Map<String, String> keys();
}
