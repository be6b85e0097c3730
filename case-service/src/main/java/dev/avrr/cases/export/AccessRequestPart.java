package dev.avrr.cases.export;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedString;

/**
 * Another service's part of an access request, as it arrived: the sealed part opened, and protected at rest with the
 * request's key, which the case's erasure destroys.
 */
@Entity
@Table(name = "access_request_part")
@IdClass(AccessRequestPart.Key.class)
public class AccessRequestPart implements PersonalRecord {

    /** One part per service and request. */
    public record Key(UUID requestId, String service) implements Serializable {

        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Id
    @Column(name = "service")
    public String service;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "assembled_at", nullable = false)
    public OffsetDateTime assembledAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** The part ({@code AccessPartAssembled.Part}) as JSON. */
    @Convert(converter = ProtectedString.class)
    @Column(name = "content", nullable = false)
    public String content;

    @Override
    public UUID protectionSubject() {
        return requestId;
    }
}
