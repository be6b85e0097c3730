package dev.avrr.testing;

import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Makes the application verify tokens with the public half of the per-run test key (see {@link TestTokens}), and
 * know the organisations those tokens act for (see {@link TestOrganisations}).
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String publicKey = Base64.getEncoder().encodeToString(TestTokens.keys().getPublic().getEncoded());
        return Map.of(
                "mp.jwt.verify.publickey", publicKey,
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "avrr.organisations.file", TestOrganisations.file().toString(),
                // A test drives one organisation far faster than any partner system may; the limit itself is
                // tested with an organisation of its own rate (the platform's RateLimitTest).
                "avrr.rate-limit.requests-per-second", "10000", "avrr.rate-limit.burst", "100000");
    }

    @Override
    public void stop() {
    }
}
