package dev.avrr.referral.counselling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What became of a resident, as the centre reports it each year (docs/domain.md#yearly-figures). */
@Entity
@Table(name = "resident_outcome")
public class ResidentOutcome {

    /** The outcomes the yearly figures count. */
    public enum Kind {
        APPLIED_TO_IOM, TRAVELLED, RETURNED_BY_FORCE, DISAPPEARED
    }

    @Id
    public UUID id;

    @Column(name = "resident_id", nullable = false)
    public UUID residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
