package dev.avrr.monitoring.notifications;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.platform.retention.RetentionClass;
import dev.avrr.platform.retention.RetentionClasses;
import dev.avrr.platform.retention.RetentionConfig;

/**
 * The deliveries of notifications to the offices' and missions' subscribers, once delivered, given up or cancelled,
 * are kept for the webhook deliveries' period (docs/retention.md); a pending one is never removed. The notification
 * itself (ids, the kind, the office) stays: it is the stream's history.
 */
@ApplicationScoped
public class NotificationRetention implements RetentionClasses {

    @Inject
    RetentionConfig config;

    @Override
    public List<RetentionClass> classes() {
        return List.of(new RetentionClass("notification-deliveries", config.webhookDeliveries(),
                "DELETE FROM notification_delivery WHERE id IN (SELECT id FROM notification_delivery "
                        + "WHERE status <> 'PENDING' AND created_at < ? LIMIT 500)"));
    }
}
