package dev.avrr.referral.feedback;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.avrr.platform.webhooks.WebhookDeliveryRecord;

/**
 * One timeline entry to POST to one organisation. Written in the transaction of the change it announces (so
 * none is lost), sent by {@link WebhookDispatcher} until the receiver answers 2xx, retried with back-off, given
 * up after the configured attempts, cancelled when the person's consent to feedback is withdrawn (or the returnee
 * takes back the feedback it carries).
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends WebhookDeliveryRecord {

    @Column(nullable = false)
    public String org;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(name = "entry_kind", nullable = false)
    public String entryKind;

    @Column(name = "entry_code", nullable = false)
    public String entryCode;

    /** What the entry carries that may be taken back (a piece of the returnee's feedback), else null. */
    @Column(name = "subject_id")
    public UUID subjectId;

    /** A new delivery of this body to the organisation, due at once. */
    void queue(UUID deliveryId, String org, UUID referralId, TimelineEntry entry, String body, OffsetDateTime now) {
        this.org = org;
        this.referralId = referralId;
        this.entryKind = entry.kind();
        this.entryCode = entry.code();
        queue(deliveryId, body, now);
    }
}
