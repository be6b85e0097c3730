package dev.avrr.monitoring.alerts;

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

/** One recorded step of a protection alert: raised, escalated, acknowledged, resolved; who, when, and a protected note. */
@Entity
@Table(name = "protection_alert_step")
@SequenceGenerator(name = StepRecord.ID, sequenceName = "protection_alert_step_id_seq", allocationSize = 1)
public class AlertStep extends StepRecord implements PersonalRecord {

    /** The steps an alert goes through. */
    public enum Step {
        RAISED, ESCALATED, ACKNOWLEDGED, RESOLVED
    }

    @Column(name = "alert_id", nullable = false)
    public UUID alertId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Step step;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public AlertStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public AlertStatus toStatus;

    @Convert(converter = ProtectedString.class)
    @Column
    public String note;

    @Override
    public UUID protectionSubject() {
        return alertId;
    }
}
