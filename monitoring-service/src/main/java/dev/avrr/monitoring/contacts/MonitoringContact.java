package dev.avrr.monitoring.contacts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedString;

/** A contact of the mission with a returnee. The wellbeing notes are special-category, protected at rest. */
@Entity
@Table(name = "monitoring_contact")
public class MonitoringContact implements PersonalRecord {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "contacted_on", nullable = false)
    public LocalDate contactedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactMode mode;

    @Column(nullable = false)
    public boolean reached;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_progress")
    public PlanProgress planProgress;

    @Enumerated(EnumType.STRING)
    @Column(name = "grant_use")
    public GrantUse grantUse;

    @Convert(converter = ProtectedString.class)
    @Column(name = "wellbeing_notes")
    public String wellbeingNotes;

    /** Who made the contact: the mission officer's user id and organisation, from the token. */
    @Column(name = "made_by", nullable = false)
    public String madeBy;

    @Column(name = "made_by_org")
    public String madeByOrg;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** The plan item this contact fulfilled, if any. */
    @Column(name = "item_id")
    public UUID itemId;

    @Override
    public UUID protectionSubject() {
        return caseId;
    }
}
