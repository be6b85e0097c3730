package dev.avrr.referral.feedback;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How milestones are pushed to an organisation's callback URL. */
@ConfigMapping(prefix = "avrr.referral.webhooks")
public interface WebhookConfig {

    /** How often due deliveries are sent (the scheduler reads the same property). */
    @WithDefault("2s")
    String pollInterval();

    /** Attempts before a delivery is given up as FAILED. */
    @WithDefault("10")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles after each further one, up to {@link #maxBackoff}. */
    @WithDefault("PT5S")
    Duration initialBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** Per request: connect and answer. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How long the previous secret still signs too, after a rotation, so receivers can switch without a gap. */
    @WithDefault("PT24H")
    Duration rotationGrace();

    /** Deliveries one instance claims per round; a claim is a lease, so another instance never sends them too. */
    @WithDefault("20")
    int batchSize();

    @WithDefault("PT2M")
    Duration lease();

    /**
     * Callback URLs must not reach loopback, private or link-local addresses (the service must not be a way into
     * the internal network). Local tests with a receiver on this machine turn this on.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** A PKCS12 store of certificate authorities trusted for callbacks besides the JDK's (e.g. a test receiver's). */
    Optional<String> trustStore();

    Optional<String> trustStorePassword();
}
