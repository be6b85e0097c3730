package dev.avrr.referral.feedback;

import java.net.URI;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.avrr.platform.webhooks.DeliveryStatus;
import dev.avrr.platform.webhooks.WebhookDeliveries;
import dev.avrr.platform.webhooks.WebhookSender.Outcome;
import dev.avrr.platform.webhooks.WebhookSender.Request;
import dev.avrr.platform.webhooks.WebhookSending;
import dev.avrr.platform.webhooks.WebhookSignature;
import dev.avrr.referral.consent.Consents;
import dev.avrr.referral.intake.ConsentPurpose;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due webhook deliveries to partners through the platform's {@link WebhookDeliveries}: each attempt signed
 * when it is sent, recorded with its outcome. A 2xx delivers; anything else is retried after a back-off that
 * doubles, until the configured attempts are spent (FAILED). Before each attempt the person's consent to feedback is
 * checked again: once withdrawn, nothing more leaves (CANCELLED).
 */
@ApplicationScoped
public class WebhookDispatcher extends WebhookDeliveries<WebhookDelivery> {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    WebhookConfig config;

    @Inject
    Consents consents;

    WebhookDispatcher() {
        super(WebhookDelivery.class, "webhook_delivery");
    }

    @Scheduled(every = "${avrr.referral.webhooks.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        deliverDue();
    }

    @Override
    protected WebhookSending config() {
        return config;
    }

    @Override
    protected Request prepare(WebhookDelivery d) {
        WebhookSubscription s = em.find(WebhookSubscription.class, d.org);
        if (s == null) {
            d.cancel("subscription removed");
            return null;
        }
        if (!consents.stands(d.referralId, ConsentPurpose.FEEDBACK_TO_REFERRER, d.org)) {
            d.cancel("the person's consent to feedback is withdrawn");
            return null;
        }
        long timestamp = OffsetDateTime.now().toEpochSecond();
        return new Request(d.id, d.attempts + 1, URI.create(s.url), d.payload, timestamp,
                WebhookSignature.header(s.secret, s.previousSecretAt(OffsetDateTime.now()), timestamp, d.payload));
    }

    @Override
    protected void record(WebhookDelivery d, Outcome outcome) {
        OffsetDateTime now = OffsetDateTime.now();
        WebhookAttempt a = new WebhookAttempt();
        a.deliveryId = d.id;
        a.attemptedAt = now;
        a.statusCode = outcome.statusCode();
        a.error = outcome.error();
        a.durationMs = outcome.durationMs();
        em.persist(a);
        d.attempted(outcome, now, config.backoff(d.attempts + 1), d.attempts + 1 >= config.maxAttempts());
        if (d.status == DeliveryStatus.FAILED) {
            LOG.warnf("Webhook delivery %s to organisation %s failed after %d attempts", d.id, d.org, d.attempts);
        }
    }
}
