package dev.avrr.monitoring.notifications;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.avrr.platform.webhooks.WebhookDeliveryRecord;

/**
 * One notification to POST to one subscription. Written in the transaction of the change it announces, sent by
 * {@link NotificationDispatcher} until the receiver answers 2xx, retried with a back-off that doubles up to a cap:
 * never given up. Cancelled only when the subscription is removed or its owner may no longer see the case.
 */
@Entity
@Table(name = "notification_delivery")
public class NotificationDelivery extends WebhookDeliveryRecord {

    @Column(name = "notification_seq", nullable = false)
    public long notificationSeq;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    void queue(Notification n, NotificationSubscription s, String body, OffsetDateTime now) {
        notificationSeq = n.seq;
        subscriptionId = s.id;
        queue(UUID.randomUUID(), body, now);
    }
}
