package dev.avrr.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import dev.avrr.platform.time.StackClock;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * In the {@code prod} profile a service refuses to start unless tokens are verified against the issuer's
 * JWKS URL — an inline or file key (the local and test signing keys) is not accepted there — and unless the Kafka
 * broker authenticates it (no plaintext, unauthenticated broker).
 */
@ApplicationScoped
public class ProductionSecurityGuard {

    /** The default of the prod settings when their environment variables are absent. */
    static final String UNSET = "unset";

    /** First of all start-up observers: before the messaging channels build their Kafka clients. */
    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (!ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        List<String> problems = problems(
                config.getOptionalValue("mp.jwt.verify.issuer", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey.location", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey", String.class));
        problems.addAll(brokerProblems(config.getOptionalValue("kafka.security.protocol", String.class),
                config.getOptionalValue("kafka.sasl.mechanism", String.class),
                config.getOptionalValue("kafka.sasl.jaas.config", String.class),
                config.getOptionalValue("kafka.ssl.keystore.location", String.class)));
        problems.addAll(clockProblems(config.getOptionalValue(StackClock.OFFSET_FILE, String.class)));
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

    /** The local stack's clock offset is never set in production: the time every rule sees is the system's. */
    public static List<String> clockProblems(Optional<String> offsetFile) {
        return offsetFile.filter(f -> !f.isBlank()).isPresent()
                ? List.of(StackClock.OFFSET_FILE + " (AVRR_CLOCK_OFFSET_FILE) moves the clock: never in production")
                : List.of();
    }

    /**
     * What is wrong with the Kafka client's security for production; empty when the broker authenticates the
     * service: SCRAM over SASL (SASL_SSL, or SASL_PLAINTEXT on a private network) with the service's own user and
     * password, or TLS with a client certificate. A plaintext, unauthenticated connection is refused.
     */
    public static List<String> brokerProblems(Optional<String> protocol, Optional<String> mechanism,
            Optional<String> jaasConfig, Optional<String> keystoreLocation) {
        List<String> problems = new ArrayList<>();
        String p = protocol.map(String::trim).map(v -> v.toUpperCase(java.util.Locale.ROOT)).orElse("PLAINTEXT");
        switch (p) {
            case "SASL_SSL", "SASL_PLAINTEXT" -> {
                if (!mechanism.map(String::trim).filter(m -> m.equals("SCRAM-SHA-512") || m.equals("SCRAM-SHA-256"))
                        .isPresent()) {
                    problems.add("kafka.sasl.mechanism must be SCRAM-SHA-512 or SCRAM-SHA-256");
                }
                String jaas = jaasConfig.orElse("");
                if (!jaas.contains("ScramLoginModule") || !credential(jaas, "username")
                        || !credential(jaas, "password")) {
                    problems.add("the Kafka user and password (AVRR_KAFKA_USER, AVRR_KAFKA_PASSWORD) are not set");
                }
            }
            case "SSL" -> {
                if (keystoreLocation.filter(ProductionSecurityGuard::isSet).isEmpty()) {
                    problems.add("kafka.security.protocol SSL without a client certificate (kafka.ssl.keystore.location)"
                            + " does not authenticate the service");
                }
            }
            default -> problems.add("kafka.security.protocol (AVRR_KAFKA_SECURITY_PROTOCOL) is " + p
                    + ": the broker must authenticate the service (SASL_SSL, SASL_PLAINTEXT or SSL with a client"
                    + " certificate)");
        }
        return problems;
    }

    /** Whether the JAAS line gives the option a value that is neither blank nor the "unset" default. */
    private static boolean credential(String jaas, String option) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + option + "=\"([^\"]*)\"").matcher(jaas);
        return m.find() && isSet(m.group(1));
    }

    private static boolean isSet(String value) {
        return !value.isBlank() && !UNSET.equals(value);
    }
}
