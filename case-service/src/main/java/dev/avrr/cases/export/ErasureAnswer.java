package dev.avrr.cases.export;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Another service's answer to a step of an erasure request: what stands in the way, or that it erased its part. */
@Entity
@Table(name = "erasure_answer")
@IdClass(ErasureAnswer.Key.class)
public class ErasureAnswer {

    /** One answer per service, request and stage. */
    public record Key(UUID requestId, String service, String stage) implements Serializable {

        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Id
    @Column(name = "service")
    public String service;

    @Id
    @Column(name = "stage")
    public String stage;

    /** The blockers' codes, separated by commas; empty when nothing stands in the way. */
    @Column(name = "blockers", nullable = false)
    public String blockers;

    @Column(name = "erased", nullable = false)
    public int erased;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "answered_at", nullable = false)
    public OffsetDateTime answeredAt;

    public List<String> blockerList() {
        return blockers.isEmpty() ? List.of() : Arrays.asList(blockers.split(","));
    }
}
