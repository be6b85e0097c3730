package dev.avrr.cases.casefile;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedString;
import dev.avrr.platform.statemachine.StepRecord;

/**
 * One step of a case's history: what, when, who (user and organisation), from and to which state, and why. Its note
 * is sealed with the case's key.
 */
@Entity
@Table(name = "case_step")
@SequenceGenerator(name = StepRecord.ID, sequenceName = "case_step_id_seq", allocationSize = 1)
public class CaseStepRecord extends StepRecord implements PersonalRecord {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

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

    /** Why, in the actor's words or as a reason code: free text, so protected at rest. */
    @Convert(converter = ProtectedString.class)
    public String note;

    @Override
    public UUID protectionSubject() {
        return caseId;
    }
}
