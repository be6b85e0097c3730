package dev.avrr.grant.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedCode;
import dev.avrr.platform.sharing.CaseFacts;
import dev.avrr.platform.sharing.SharingFacts;
import dev.avrr.vocabulary.events.Programme;

/**
 * A case as grant-service knows it from case-service's events: no person's data, only ids, codes and dates.
 * The office, the country of return and the sharing facts decide who may see its entitlements.
 */
@Entity
@Table(name = "grant_case")
public class GrantCase implements PersonalRecord {

    public static final String RESOURCE = "grant-case";

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(nullable = false)
    public String office;

    @Column(name = "country_of_return", nullable = false)
    public String countryOfReturn;

    /** Null while only a later event (an approval) has arrived. */
    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "known_since", nullable = false)
    public OffsetDateTime knownSince;

    public String jurisdiction;

    /**
     * Protected at rest: it says whether the person is a victim of trafficking, a child alone or ill. Kept as
     * protected text, not as an enum column, so that no check constraint lists the programmes. Erasure keeps it (the
     * reports count it), so it is sealed with the service's key, not the case's.
     */
    @Convert(converter = ProtectedCode.class)
    @Column(name = "programme")
    String programmeCode;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "applied_before_deadline")
    public Boolean appliedBeforeDeadline;

    /** The day of departure, once case-service announced it. */
    @Column(name = "departed_on")
    public LocalDate departedOn;

    @Column(name = "returned_on")
    public LocalDate returnedOn;

    /** WITHDRAWN or ABSCONDED: no more money moves on the case. */
    @Column(name = "stopped_as")
    public String stoppedAs;

    @Column(name = "stopped_at")
    public OffsetDateTime stoppedAt;

    /** When grant-service erased what it held on the case's people (docs/data-protection.md#erasure); null before. */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    /** What decides who sees the case besides its office and country, as case-service last announced it. */
    @Embedded
    public SharingFacts sharing = new SharingFacts();

    public Programme programme() {
        return programmeCode == null ? null : Programme.valueOf(programmeCode);
    }

    public void programme(Programme programme) {
        programmeCode = programme == null ? null : programme.name();
    }

    public CaseFacts facts() {
        return sharing.facts(office, countryOfReturn, jurisdiction);
    }

    /** The case: erasure names it. Its only protected value, the programme, is a code erasure keeps. */
    @Override
    public UUID protectionSubject() {
        return caseId;
    }
}
