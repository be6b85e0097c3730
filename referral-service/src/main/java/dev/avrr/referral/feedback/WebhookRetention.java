package dev.avrr.referral.feedback;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.platform.retention.RetentionClass;
import dev.avrr.platform.retention.RetentionClasses;
import dev.avrr.platform.retention.RetentionConfig;

/**
 * The timeline entries pushed to the partners' webhooks, once delivered, given up or cancelled, are kept with their
 * attempts for the webhook deliveries' period (docs/retention.md); a pending one is never removed. The timeline
 * itself stays: the partner reads it through the API.
 */
@ApplicationScoped
public class WebhookRetention implements RetentionClasses {

    @Inject
    RetentionConfig config;

    @Override
    public List<RetentionClass> classes() {
        return List.of(new RetentionClass("webhook-deliveries", config.webhookDeliveries(),
                "WITH gone AS (SELECT id FROM webhook_delivery WHERE status <> 'PENDING' AND created_at < ? LIMIT 500), "
                        + "attempts AS (DELETE FROM webhook_attempt WHERE delivery_id IN (SELECT id FROM gone)) "
                        + "DELETE FROM webhook_delivery WHERE id IN (SELECT id FROM gone)"));
    }
}
