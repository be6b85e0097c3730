package dev.avrr.monitoring.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One consent decision of a returnee, per purpose and recipient: when they declared it, in which language, who
 * took it. Never changed: a later decision is a new record.
 */
@Entity
@Table(name = "monitoring_consent")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentPurpose purpose;

    /** The organisation the purpose concerns: the mission for monitoring, the sending office for feedback. */
    @Column(nullable = false)
    public String recipient;

    @Column(name = "feedback_id")
    public UUID feedbackId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentDecision decision;

    @Column(name = "declared_on", nullable = false)
    public LocalDate declaredOn;

    /** ISO 639 code of the language the returnee was informed and decided in. */
    @Column(nullable = false)
    public String language;

    @Column(name = "taken_by", nullable = false)
    public String takenBy;

    @Column(name = "taken_by_org")
    public String takenByOrg;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
