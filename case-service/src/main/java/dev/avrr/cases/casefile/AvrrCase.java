package dev.avrr.cases.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.avrr.cases.casefile.records.AssessmentColumns;
import dev.avrr.cases.casefile.records.Consent;
import dev.avrr.cases.casefile.records.ConsentColumns;
import dev.avrr.cases.casefile.records.ConsentPurpose;
import dev.avrr.cases.casefile.records.EligibilityColumns;
import dev.avrr.cases.casefile.records.EligibilityOutcome;
import dev.avrr.cases.casefile.records.FamilyTracing;
import dev.avrr.cases.casefile.records.NeedsInventory;
import dev.avrr.cases.casefile.records.RiskAssessment;
import dev.avrr.cases.casefile.records.TravelArrangements;
import dev.avrr.cases.casefile.records.TravelBooking;
import dev.avrr.cases.casefile.records.TravelColumns;
import dev.avrr.cases.casefile.records.UdiColumns;
import dev.avrr.cases.casefile.records.UdiDecision;
import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedCode;
import dev.avrr.platform.protection.ProtectedDate;
import dev.avrr.platform.protection.ProtectedString;
import dev.avrr.platform.sharing.CaseFacts;
import dev.avrr.platform.statemachine.TransitionTable;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Programme;

/**
 * One person's assisted return, from registration to closing: the applicant and the household who travel, the
 * programme and route, consents, assessments, the UDI decision and travel. The applicant's names, date of birth and
 * nationality, identifiers, contact details, vulnerability, health and trafficking details and everything assessed
 * are kept protected at rest (the year of birth, when only it is known, stays readable for ages and statistics); the status
 * changes only through {@link #take}. The case is the subject of its people's protected values: they are sealed with
 * the case's key, which erasure destroys once it has rewritten what it keeps.
 */
@Entity
@Table(name = "avrr_case")
public class AvrrCase implements PersonalRecord {

    @Id
    public UUID id;

    @Column(name = "referral_id", unique = true)
    public UUID referralId;

    /** The IOM office's organisation id, as in its caseworkers' org claim. */
    @Column(nullable = false)
    public String office;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Jurisdiction jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Programme programme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    @Column(name = "country_of_return", nullable = false)
    public String countryOfReturn;

    @Column(name = "referring_org")
    public String referringOrg;

    @Column(name = "coordinator_org")
    public String coordinatorOrg;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_source", nullable = false)
    public RegistrationSource registrationSource;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "applicant_member_id", nullable = false)
    public UUID applicantMemberId;

    @Convert(converter = ProtectedString.class)
    @Column(name = "applicant_given_name", nullable = false)
    public String applicantGivenName;

    @Convert(converter = ProtectedString.class)
    @Column(name = "applicant_family_name", nullable = false)
    public String applicantFamilyName;

    @Convert(converter = ProtectedDate.class)
    @Column(name = "applicant_date_of_birth")
    public LocalDate applicantDateOfBirth;

    @Column(name = "applicant_estimated_birth_year")
    public Integer applicantEstimatedBirthYear;

    /** A code the statistics count: sealed with the service's key, kept on erasure. */
    @Convert(converter = ProtectedCode.class)
    @Column(name = "applicant_nationality")
    public String applicantNationality;

    @Convert(converter = ProtectedColumns.ApplicantDetailsColumn.class)
    @Column(name = "applicant_details")
    public ApplicantDetails applicantDetails;

    @Convert(converter = ProtectedColumns.HouseholdColumn.class)
    @Column(name = "household")
    public List<HouseholdMember> household;

    @Convert(converter = ProtectedColumns.VulnerabilityColumn.class)
    @Column(name = "vulnerability")
    public Vulnerability vulnerability;

    /** UDI's standard programme: the departure deadline of the person's final rejection, if one was set. */
    @Column(name = "departure_deadline")
    public LocalDate departureDeadline;

    @Convert(converter = ConsentColumns.ConsentsColumn.class)
    @Column(name = "consents")
    public List<Consent> consents;

    /** Derived from {@link #consents}, so that scopes can be queried: sharing onward for the return stands. */
    @Column(name = "return_sharing_allowed", nullable = false)
    public boolean returnSharingAllowed;

    /** Derived from {@link #consents}: the person's consent to share with UDI stands. */
    @Column(name = "udi_consent_standing", nullable = false)
    public boolean udiConsentStanding;

    @Column(name = "application_signed_on")
    public LocalDate applicationSignedOn;

    @Column(name = "application_attachments")
    public Integer applicationAttachments;

    @Column(name = "application_source")
    public String applicationSource;

    @Column(name = "application_recorded_at")
    public OffsetDateTime applicationRecordedAt;

    @Convert(converter = EligibilityColumns.AssessmentsColumn.class)
    @Column(name = "eligibility")
    public List<Recorded<EligibilityOutcome>> eligibility;

    @Column(name = "submitted_to_udi_at")
    public OffsetDateTime submittedToUdiAt;

    @Convert(converter = UdiColumns.DecisionsColumn.class)
    @Column(name = "udi_decisions")
    public List<Recorded<UdiDecision>> udiDecisions;

    @Column(name = "une_appealed_on")
    public LocalDate uneAppealedOn;

    /** When the return was approved: UDI, UNE overturning a rejection, or the Swedish coordinator. */
    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "approval_basis")
    public String approvalBasis;

    /** When the approval was announced (CaseApproved); it waits until every traveller's age is known. */
    @Column(name = "approval_announced_at")
    public OffsetDateTime approvalAnnouncedAt;

    @Convert(converter = AssessmentColumns.NeedsInventoryColumn.class)
    @Column(name = "needs_inventory")
    public Recorded<NeedsInventory> needsInventory;

    /** The reintegration plan in grant-service that was drafted for this case. */
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "plan_drafted_on")
    public LocalDate planDraftedOn;

    /** When grant-service approved the plan {@link #planId} names, as it announced it; null before. */
    @Column(name = "plan_approved_at")
    public OffsetDateTime planApprovedAt;

    @Convert(converter = AssessmentColumns.RiskAssessmentsColumn.class)
    @Column(name = "risk_assessments")
    public List<Recorded<RiskAssessment>> riskAssessments;

    @Convert(converter = AssessmentColumns.FamilyTracingColumn.class)
    @Column(name = "family_tracing")
    public Recorded<FamilyTracing> familyTracing;

    @Convert(converter = TravelColumns.ArrangementsColumn.class)
    @Column(name = "travel_arrangements")
    public Recorded<TravelArrangements> travelArrangements;

    @Convert(converter = TravelColumns.BookingColumn.class)
    @Column(name = "travel_booking")
    public Recorded<TravelBooking> travelBooking;

    @Column(name = "scheduled_departure_on")
    public LocalDate scheduledDepartureOn;

    @Column(name = "departed_on")
    public LocalDate departedOn;

    @Column(name = "arrived_on")
    public LocalDate arrivedOn;

    /** When the sending office handed the case over to the mission of the country of return (docs/sharing.md). */
    @Column(name = "handed_over_to_mission_at")
    public OffsetDateTime handedOverToMissionAt;

    @Column(name = "handed_over_by")
    public String handedOverBy;

    /** How many times the sharing facts were announced, and the last facts announced (docs/sharing.md). */
    @Column(name = "sharing_revision", nullable = false)
    public long sharingRevision;

    @Column(name = "sharing_announced")
    public String sharingAnnounced;

    /** When the case's people were erased (docs/data-protection.md#erasure); null while they are held. */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    /** The at-rest key id the case's search terms were hashed under (docs/data-protection.md#search); null: not yet. */
    @Column(name = "search_key_id")
    public String searchKeyId;

    /** Possible duplicates found at registration that the caseworker has neither linked nor dismissed. */
    @Column(name = "open_duplicates", nullable = false)
    public int openDuplicates;

    @Version
    public long version;

    @Override
    public UUID protectionSubject() {
        return id;
    }

    public CaseStatus status() {
        return status;
    }

    /** A new case starts registered. */
    public void registered(OffsetDateTime at) {
        status = CaseStatus.REGISTERED;
        statusChangedAt = at;
        registeredAt = at;
    }

    /** Takes an allowed row of the route's transition table (see {@link CaseLifecycle}); the only way the status changes. */
    public void take(TransitionTable.Transition<CaseStatus, Command> row, OffsetDateTime at) {
        status = row.takenFrom(status);
        statusChangedAt = at;
    }

    /** The facts the sharing rule reads, as this case holds them now. */
    public CaseFacts sharingFacts() {
        return new CaseFacts(office, countryOfReturn, jurisdiction.name(), handedOverToMissionAt != null,
                returnSharingAllowed, udiConsentStanding, submittedToUdiAt != null, departedOn != null);
    }

    public BirthDate applicantBirth() {
        return new BirthDate(applicantDateOfBirth, applicantEstimatedBirthYear);
    }

    public ApplicantDetails details() {
        return applicantDetails == null ? ApplicantDetails.empty() : applicantDetails;
    }

    public Vulnerability vulnerabilityOrNone() {
        return vulnerability == null ? new Vulnerability(List.of(), null, null, null, null) : vulnerability;
    }

    public List<HouseholdMember> householdMembers() {
        return household == null ? List.of() : household;
    }

    /** Everyone who travels: the applicant first, then the household. */
    public List<CaseTraveller> travellers() {
        List<CaseTraveller> all = new ArrayList<>();
        all.add(new CaseTraveller(applicantMemberId, HouseholdRelation.APPLICANT, applicantBirth()));
        householdMembers().forEach(m -> all.add(new CaseTraveller(m.memberId(), m.relation(), m.birth())));
        return all;
    }

    public List<Consent> consentList() {
        return consents == null ? List.of() : consents;
    }

    /** The latest consent recorded for a purpose, standing or withdrawn. */
    public Optional<Consent> latestConsent(ConsentPurpose purpose) {
        return consentList().stream().filter(c -> c.purpose() == purpose)
                .max(Comparator.comparing(Consent::recordedAt));
    }

    /** Replaces the consent records and keeps the derived flags in step with them. */
    public void consents(List<Consent> records) {
        consents = List.copyOf(records);
        returnSharingAllowed = latestConsent(ConsentPurpose.SHARE_FOR_RETURN).map(Consent::stands).orElse(false);
        udiConsentStanding = latestConsent(ConsentPurpose.SHARE_WITH_UDI).map(Consent::stands).orElse(false);
    }

    public List<Recorded<EligibilityOutcome>> eligibilityAssessments() {
        return eligibility == null ? List.of() : eligibility;
    }

    public Optional<EligibilityOutcome> latestEligibility() {
        List<Recorded<EligibilityOutcome>> all = eligibilityAssessments();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).value());
    }

    public List<Recorded<UdiDecision>> udiDecisionList() {
        return udiDecisions == null ? List.of() : udiDecisions;
    }

    public List<Recorded<RiskAssessment>> riskAssessmentList() {
        return riskAssessments == null ? List.of() : riskAssessments;
    }

    public Optional<RiskAssessment> latestRiskAssessment() {
        List<Recorded<RiskAssessment>> all = riskAssessmentList();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).value());
    }

    public boolean applicationSigned() {
        return applicationSignedOn != null;
    }

    /** Appends a value to a recorded list, as a new list: stored values are never changed in place. */
    public static <T> List<T> appended(List<T> list, T value) {
        List<T> copy = new ArrayList<>(list == null ? List.of() : list);
        copy.add(value);
        return List.copyOf(copy);
    }
}
