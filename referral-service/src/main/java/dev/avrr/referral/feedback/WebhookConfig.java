package dev.avrr.referral.feedback;

import java.time.Duration;

import dev.avrr.platform.webhooks.WebhookSending;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How milestones are pushed to an organisation's callback URL (the platform's {@link WebhookSending}, and more). */
@ConfigMapping(prefix = "avrr.referral.webhooks")
public interface WebhookConfig extends WebhookSending {

    /** How often due deliveries are sent (the scheduler reads the same property). */
    @WithDefault("2s")
    String pollInterval();

    /** Attempts before a delivery is given up as FAILED. */
    @WithDefault("10")
    int maxAttempts();

    /** How long the previous secret still signs too, after a rotation, so receivers can switch without a gap. */
    @WithDefault("PT24H")
    Duration rotationGrace();
}
