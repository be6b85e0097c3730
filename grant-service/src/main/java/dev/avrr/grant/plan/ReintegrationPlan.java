package dev.avrr.grant.plan;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedString;
import dev.avrr.platform.statemachine.TransitionTable;

/**
 * One beneficiary's reintegration plan, made by the mission with the returnee after arrival. A child has its
 * own entitlement, so the support for a child is always a separate plan (docs/domain.md#the-victims-of-trafficking-package).
 */
@Entity
@Table(name = "reintegration_plan")
public class ReintegrationPlan implements PersonalRecord {

    @Id
    public UUID id;

    @Column(name = "entitlement_id", nullable = false)
    public UUID entitlementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Convert(converter = ProtectedString.class)
    public String notes;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Convert(converter = ProtectedString.class)
    @Column(name = "return_reason")
    public String returnReason;

    @Version
    public long version;

    @OneToMany(mappedBy = "plan", cascade = { CascadeType.PERSIST, CascadeType.REMOVE }, orphanRemoval = true,
            fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<PlanLine> lines = new ArrayList<>();

    public PlanStatus status() {
        return status;
    }

    void started(OffsetDateTime at) {
        status = PlanStatus.DRAFT;
        statusChangedAt = at;
    }

    /** Takes an allowed transition (see {@link PlanTransitions}); the only way the status changes. */
    void take(TransitionTable.Transition<PlanStatus, PlanTransitions.Command> t, String actor, OffsetDateTime at) {
        status = t.takenFrom(status);
        statusChangedAt = at;
        switch (t.command()) {
            case SUBMIT -> submittedAt = at;
            case APPROVE, RETURN -> {
                decidedBy = actor;
                decidedAt = at;
            }
            case EDIT -> {
            }
        }
    }

    /** The entitlement planned for: erasure names each entitlement of the case. */
    @Override
    public UUID protectionSubject() {
        return entitlementId;
    }
}
