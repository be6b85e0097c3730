package dev.avrr.monitoring.alerts;

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

/** One recorded step of a protection alert: raised, acknowledged, resolved; who, when, and a protected note. */
@Entity
@Table(name = "protection_alert_step")
public class AlertStep {

    /** The steps an alert goes through. */
    public enum Step {
        RAISED, ACKNOWLEDGED, RESOLVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_org")
    public String actorOrg;

    @Convert(converter = ProtectedString.class)
    @Column
    public String note;
}
