package dev.avrr.referral.feedback;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One timeline entry to POST to one organisation. Written in the transaction of the change it announces (so
 * none is lost), sent by {@link WebhookDispatcher} until the receiver answers 2xx, retried with back-off, given
 * up after the configured attempts, cancelled when the person's consent to feedback is withdrawn.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** Where a delivery stands. */
    public enum Status {
        PENDING, DELIVERED, FAILED, CANCELLED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String org;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(name = "entry_kind", nullable = false)
    public String entryKind;

    @Column(name = "entry_code", nullable = false)
    public String entryCode;

    /** The exact body sent and signed: ids, codes and times only. */
    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

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
}
