package dev.avrr.monitoring.notifications;

import java.net.URI;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.platform.webhooks.WebhookDeliveries;
import dev.avrr.platform.webhooks.WebhookSender.Outcome;
import dev.avrr.platform.webhooks.WebhookSender.Request;
import dev.avrr.platform.webhooks.WebhookSending;
import dev.avrr.platform.webhooks.WebhookSignature;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due notification deliveries through the platform's {@link WebhookDeliveries}, each signed at the time of
 * sending. A 2xx delivers; anything else is retried after a back-off that doubles up to its cap, for as long as it
 * takes — an alert is never lost to a receiver that is down. Before each attempt the sharing rule is asked again: a
 * subscriber who may no longer see the case gets nothing more of it.
 */
@ApplicationScoped
public class NotificationDispatcher extends WebhookDeliveries<NotificationDelivery> {

    @Inject
    NotificationConfig config;

    NotificationDispatcher() {
        super(NotificationDelivery.class, "notification_delivery");
    }

    @Scheduled(every = "${avrr.monitoring.notifications.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        deliverDue();
    }

    @Override
    protected WebhookSending config() {
        return config;
    }

    @Override
    protected Request prepare(NotificationDelivery d) {
        NotificationSubscription s = em.find(NotificationSubscription.class, d.subscriptionId);
        if (s == null) {
            d.cancel("subscription removed");
            return null;
        }
        Notification n = em.find(Notification.class, d.notificationSeq);
        MonitoredCase c = n.caseId == null ? null : em.find(MonitoredCase.class, n.caseId);
        if (!Notifications.sees(s.viewer(), n, c)) {
            d.cancel("the subscriber may no longer see the case");
            return null;
        }
        long timestamp = OffsetDateTime.now().toEpochSecond();
        return new Request(d.id, d.attempts + 1, URI.create(s.url), d.payload, timestamp,
                WebhookSignature.sign(s.secret, timestamp, d.payload));
    }

    @Override
    protected void record(NotificationDelivery d, Outcome outcome) {
        d.attempted(outcome, OffsetDateTime.now(), config.backoff(d.attempts + 1), false);
    }
}
