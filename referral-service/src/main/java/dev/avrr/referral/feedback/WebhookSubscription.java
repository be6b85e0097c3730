package dev.avrr.referral.feedback;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.avrr.platform.protection.ProtectedString;
import dev.avrr.platform.protection.ServiceRecord;

/**
 * An organisation's callback: one per organisation, with its signing secret (protected at rest, sealed with the
 * service's key: the service's own secret, not a person's data).
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription implements ServiceRecord {

    @Id
    public String org;

    @Column(nullable = false)
    public String url;

    @Convert(converter = ProtectedString.class)
    @Column(nullable = false)
    public String secret;

    /** The secret before the last rotation; it signs too until {@link #previousSecretUntil}. */
    @Convert(converter = ProtectedString.class)
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public OffsetDateTime previousSecretUntil;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "secret_rotated_at", nullable = false)
    public OffsetDateTime secretRotatedAt;

    @Version
    public long version;

    /** The previous secret while it still signs, else null. */
    String previousSecretAt(OffsetDateTime now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? previousSecret : null;
    }
}
