package dev.avrr.platform.webhooks;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One body to POST to one receiver, and how its sending went: the columns every service's delivery table has.
 * Written in the transaction of the change it announces (so none is lost); {@link WebhookDeliveries} sends it.
 */
@MappedSuperclass
public abstract class WebhookDeliveryRecord {

    @Id
    public UUID id;

    /** The exact body sent and signed: ids, codes and times only. */
    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    /** A new delivery of this body, due at once by the wall clock the sender polls with. */
    protected void queue(UUID deliveryId, String body, OffsetDateTime now) {
        id = deliveryId;
        payload = body;
        status = DeliveryStatus.PENDING;
        createdAt = now;
        nextAttemptAt = OffsetDateTime.now();
    }

    public void cancel(String why) {
        status = DeliveryStatus.CANCELLED;
        nextAttemptAt = null;
        lastError = why;
    }

    /**
     * Records an attempt: delivered on a 2xx; otherwise due again after {@code wait}, or given up (FAILED) when
     * {@code giveUp} says so.
     */
    public void attempted(WebhookSender.Outcome outcome, OffsetDateTime now, Duration wait, boolean giveUp) {
        attempts++;
        lastStatusCode = outcome.statusCode();
        lastError = outcome.error();
        if (outcome.delivered()) {
            status = DeliveryStatus.DELIVERED;
            deliveredAt = now;
            nextAttemptAt = null;
        } else if (giveUp) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(wait);
        }
    }
}
