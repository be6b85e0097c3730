package dev.avrr.monitoring.notifications;

import java.time.Duration;

import dev.avrr.platform.webhooks.WebhookSending;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How notifications are pushed to the offices' and missions' webhooks ({@code avrr.monitoring.notifications}): the
 * platform's {@link WebhookSending}, a delivery never given up, and the stream's pace.
 */
@ConfigMapping(prefix = "avrr.monitoring.notifications")
public interface NotificationConfig extends WebhookSending {

    /** How often due deliveries are sent (the scheduler reads the same property). */
    @WithDefault("1s")
    String pollInterval();

    /** How often the server-sent-events stream looks for new notifications. */
    @WithDefault("PT1S")
    Duration streamPoll();
}
