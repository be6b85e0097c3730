package dev.avrr.monitoring.alerts;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedCode;
import dev.avrr.platform.protection.ProtectedString;
import dev.avrr.platform.statemachine.TransitionTable.Transition;

/**
 * A protection alert, raised by a contact or on its own at any time after the handover to the mission; its kind and
 * details are protected at rest.
 */
@Entity
@Table(name = "protection_alert")
public class ProtectionAlert implements PersonalRecord {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The contact that raised it, if a contact did. */
    @Column(name = "contact_id")
    public UUID contactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertUrgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_by", nullable = false)
    public AlertReporter reportedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false)
    public AlertLegalBasis legalBasis;

    /** The kind's name, protected at rest (not an enum column: its values would be rendered in clear). */
    @Convert(converter = ProtectedCode.class)
    @Column(name = "kind", nullable = false)
    private String kindName;

    @Convert(converter = ProtectedString.class)
    @Column
    public String details;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertStatus status;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt;

    @Column(name = "raised_by", nullable = false)
    public String raisedBy;

    @Column(name = "raised_by_org")
    public String raisedByOrg;

    /** How many of its urgency's deadlines passed unacknowledged; each one escalated it once. */
    @Column(name = "escalation_level", nullable = false)
    public int escalationLevel;

    @Column(name = "escalated_at")
    public OffsetDateTime escalatedAt;

    @Version
    public long version;

    public AlertStatus status() {
        return status;
    }

    public AlertKind kind() {
        return AlertKind.valueOf(kindName);
    }

    void kind(AlertKind kind) {
        this.kindName = kind.name();
    }

    void raised() {
        status = AlertStatus.OPEN;
    }

    /** Takes an allowed transition of {@link AlertTransitions}; the only way the status changes. */
    void take(Transition<AlertStatus, AlertTransitions.Command> transition) {
        status = transition.takenFrom(status);
    }

    @Override
    public UUID protectionSubject() {
        return caseId;
    }
}
