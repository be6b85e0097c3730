package dev.avrr.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * In the {@code prod} profile a service refuses to start unless tokens are verified against the issuer's
 * JWKS URL: an inline or file key (the local and test signing keys) is not accepted there.
 */
@ApplicationScoped
public class ProductionSecurityGuard {

    /** The default of the prod settings when their environment variables are absent. */
    static final String UNSET = "unset";

    void onStart(@Observes StartupEvent event) {
        if (!ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        List<String> problems = problems(
                config.getOptionalValue("mp.jwt.verify.issuer", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey.location", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey", String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in the prod profile: " + String.join("; ", problems));
        }
    }

    /** What is wrong with the token verification settings for production; empty when they are fit. */
    public static List<String> problems(Optional<String> issuer, Optional<String> keyLocation,
            Optional<String> inlineKey) {
        List<String> problems = new ArrayList<>();
        if (issuer.filter(ProductionSecurityGuard::isSet).isEmpty()) {
            problems.add("mp.jwt.verify.issuer (AVRR_JWT_ISSUER) is not set");
        }
        if (keyLocation.filter(ProductionSecurityGuard::isSet).isEmpty()) {
            problems.add("mp.jwt.verify.publickey.location (AVRR_JWT_JWKS_URL) is not set");
        } else if (!keyLocation.get().startsWith("https://")) {
            problems.add("mp.jwt.verify.publickey.location must be the issuer's https JWKS URL, not a local key");
        }
        if (inlineKey.filter(s -> !s.isBlank()).isPresent()) {
            problems.add("mp.jwt.verify.publickey (an inline key) must not be set");
        }
        return problems;
    }

    private static boolean isSet(String value) {
        return !value.isBlank() && !UNSET.equals(value);
    }
}
