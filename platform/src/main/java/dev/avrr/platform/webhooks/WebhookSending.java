package dev.avrr.platform.webhooks;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.WithDefault;

/**
 * How a service sends its webhooks; each service's configuration mapping extends this under its own prefix
 * ({@code avrr.referral.webhooks}, {@code avrr.monitoring.notifications}).
 */
public interface WebhookSending {

    /** The wait after the first failed attempt; it doubles after each further one, up to {@link #maxBackoff}. */
    @WithDefault("PT5S")
    Duration initialBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** Per request: connect and answer. */
    @WithDefault("PT10S")
    Duration timeout();

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

    default WebhookSender.Settings sending() {
        return new WebhookSender.Settings(timeout(), allowPrivateAddresses(), trustStore(), trustStorePassword());
    }

    /** The wait after the n-th failed attempt. */
    default Duration backoff(int failedAttempts) {
        return WebhookSender.backoff(initialBackoff(), maxBackoff(), failedAttempts);
    }
}
