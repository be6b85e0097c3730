package dev.avrr.cases.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.avrr.platform.protection.ProtectedString;

/** One step of a case's history: what, when, who (user and organisation), from and to which state, and why. */
@Entity
@Table(name = "case_step")
public class CaseStepRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStep step;

    @Column(nullable = false)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CaseStatus toStatus;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_org")
    public String actorOrg;

    /** Why, in the actor's words or as a reason code: free text, so protected at rest. */
    @Convert(converter = ProtectedString.class)
    public String note;
}
