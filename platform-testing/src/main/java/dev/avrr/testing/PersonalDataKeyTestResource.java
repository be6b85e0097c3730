package dev.avrr.testing;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Keys made for this test JVM only, so no key is ever committed: one for the personal part of events, one
 * that protects columns at rest, and a retired at-rest key (configured, no longer active) as a rotation leaves it.
 */
public class PersonalDataKeyTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String KEY_ID = "test-run";
    public static final String AT_REST_KEY_ID = "test-run-at-rest";
    private static final String KEY = randomKey();
    private static final String AT_REST_KEY = randomKey();
    public static final String RETIRED_AT_REST_KEY_ID = "test-run-at-rest-retired";
    /** The retired at-rest key, base64: a test seals with it what an earlier key left. */
    public static final String RETIRED_AT_REST_KEY = randomKey();

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public Map<String, String> start() {
        return Map.of("avrr.crypto.active-key-id", KEY_ID, "avrr.crypto.keys", KEY_ID + ":" + KEY,
                "avrr.at-rest.active-key-id", AT_REST_KEY_ID, "avrr.at-rest.keys",
                AT_REST_KEY_ID + ":" + AT_REST_KEY + "," + RETIRED_AT_REST_KEY_ID + ":" + RETIRED_AT_REST_KEY);
    }

    @Override
    public void stop() {
    }
}
