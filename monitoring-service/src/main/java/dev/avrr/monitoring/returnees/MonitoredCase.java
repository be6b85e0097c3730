package dev.avrr.monitoring.returnees;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedCode;
import dev.avrr.platform.sharing.CaseFacts;
import dev.avrr.platform.sharing.SharingFacts;
import dev.avrr.platform.statemachine.TransitionTable.Transition;
import dev.avrr.vocabulary.events.Programme;

/**
 * A returnee as monitoring-service knows them from case-service's events: ids, codes, the arrival date and a
 * household category; never a name. The monitoring's status changes only through {@link #take}.
 */
@Entity
@Table(name = "monitored_case")
public class MonitoredCase implements PersonalRecord {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "referral_id")
    public UUID referralId;

    /** The sending IOM office's organisation id (iom-oslo, iom-helsinki): its caseworkers' scope. */
    @Column(nullable = false)
    public String office;

    /** ISO alpha-2: the mission of this country monitors the returnee. */
    @Column(name = "country_of_return", nullable = false)
    public String countryOfReturn;

    @Column
    public String jurisdiction;

    /**
     * Protected at rest: it says whether the person is a victim of trafficking, a child alone or ill. Kept as
     * protected text, not as an enum column, so that no check constraint lists the programmes.
     */
    @Convert(converter = ProtectedCode.class)
    @Column(name = "programme")
    String programmeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MonitoringStatus status;

    /** When case-service registered the case; null if the return was the first event heard of it. */
    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "known_since", nullable = false)
    public OffsetDateTime knownSince;

    @Column(name = "arrival_date")
    public LocalDate arrivalDate;

    /** Protected at rest, like the programme: MINOR alone is a child travelling alone. */
    @Convert(converter = ProtectedCode.class)
    @Column(name = "category")
    String categoryCode;

    @Column(name = "household_size")
    public Integer householdSize;

    /** The follow-up schedule the plan was made from. */
    /** The id of the schedule the plan was made from, protected at rest: each programme has its own. */
    @Convert(converter = ProtectedCode.class)
    @Column(name = "schedule_id")
    public String scheduleId;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "last_contact_on")
    public LocalDate lastContactOn;

    /** When the person's data were erased here (docs/data-protection.md#erasure-and-retention); null until then. */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    @Version
    public long version;

    /** What decides who sees the returnee besides the office and country, as case-service last announced it. */
    @Embedded
    public SharingFacts sharing = new SharingFacts();

    public Programme programme() {
        return programmeCode == null ? null : Programme.valueOf(programmeCode);
    }

    public void programme(Programme programme) {
        programmeCode = programme == null ? null : programme.name();
    }

    public ReturneeCategory category() {
        return categoryCode == null ? null : ReturneeCategory.valueOf(categoryCode);
    }

    public void category(ReturneeCategory category) {
        categoryCode = category == null ? null : category.name();
    }

    public CaseFacts facts() {
        return sharing.facts(office, countryOfReturn, jurisdiction);
    }

    public MonitoringStatus status() {
        return status;
    }

    /** A returnee heard of for the first time waits for the return. */
    public void known(OffsetDateTime at) {
        this.status = MonitoringStatus.AWAITING_RETURN;
        this.knownSince = at;
    }

    /** Takes an allowed transition of {@link MonitoringTransitions}; the only way the status changes. */
    public void take(Transition<MonitoringStatus, MonitoringTransitions.Command> transition, OffsetDateTime at) {
        status = transition.takenFrom(status);
        if (transition.command() == MonitoringTransitions.Command.START) {
            startedAt = at;
        }
        if (status == MonitoringStatus.COMPLETED || status == MonitoringStatus.ENDED_EARLY) {
            endedAt = at;
        }
    }

    @Override
    public UUID protectionSubject() {
        return caseId;
    }
}
