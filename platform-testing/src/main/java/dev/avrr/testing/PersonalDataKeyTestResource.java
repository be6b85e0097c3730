package dev.avrr.testing;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A personal-data event key made for this test JVM only, so no key is ever committed. */
public class PersonalDataKeyTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String KEY_ID = "test-run";
    private static final String KEY;

    static {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        KEY = Base64.getEncoder().encodeToString(key);
    }

    @Override
    public Map<String, String> start() {
        return Map.of("avrr.crypto.active-key-id", KEY_ID, "avrr.crypto.keys", KEY_ID + ":" + KEY);
    }

    @Override
    public void stop() {
    }
}
