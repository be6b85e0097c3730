package dev.avrr.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A token is refused from the second it expires, unless a grace for drifting clocks is configured. */
class TokenExpiryTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @ParameterizedTest(name = "expires {0} s from now, grace {1} s → expired {2}")
    @CsvSource({ "1, 0, false", "0, 0, true", "-1, 0, true", "-59, 0, true", "-29, 30, false", "-30, 30, true" })
    void refusedAtExpiry(long expiresIn, long grace, boolean expired) {
        assertEquals(expired, TokenExpiry.expired(NOW.getEpochSecond() + expiresIn, grace, NOW));
    }
}
