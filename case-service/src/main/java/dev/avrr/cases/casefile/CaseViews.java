package dev.avrr.cases.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.avrr.cases.casefile.records.Consent;
import dev.avrr.cases.casefile.records.ConsentPurpose;
import dev.avrr.cases.casefile.records.DecisionOutcome;
import dev.avrr.cases.casefile.records.DecisionStage;
import dev.avrr.cases.casefile.records.EligibilityCategory;
import dev.avrr.cases.casefile.records.EligibilityInput;
import dev.avrr.cases.casefile.records.EligibilityOutcome;
import dev.avrr.cases.casefile.records.FamilyTracing;
import dev.avrr.cases.casefile.records.NeedsInventory;
import dev.avrr.cases.casefile.records.RiskAssessment;
import dev.avrr.cases.casefile.records.RuleResult;
import dev.avrr.cases.casefile.records.TravelArrangements;
import dev.avrr.cases.casefile.records.TravelBooking;
import dev.avrr.cases.casefile.records.UdiDecision;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Programme;

/**
 * A case as each audience sees it (docs/case-service.md#views-per-role). The caseworker of the office sees the whole case
 * except the reason and legal basis of a UDI decision (outcome and date only); the mission of the country of
 * return sees only what it needs to receive and support the returnee; UDI sees what it decides on, with its
 * decisions in full.
 */
public final class CaseViews {

    /** The property that tells the three views of a case apart (the read's discriminator), and its values. */
    public static final String VIEW = "view";
    public static final String CASEWORKER = "CASEWORKER";
    public static final String MISSION = "MISSION";
    public static final String UDI = "UDI";
    static final String VIEW_DESCRIPTION = "Which view of the case this is: CASEWORKER (Case), MISSION (MissionCase) or "
            + "UDI (UdiCase)";

    private CaseViews() {
    }

    @Schema(name = "Applicant")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicantView(UUID memberId, String givenName, String familyName, LocalDate dateOfBirth,
            Integer estimatedBirthYear, String sex, String nationality, List<String> languages,
            Boolean interpreterNeeded, Contact contact, List<HeldIdentifier> identifiers) {
    }

    @Schema(name = "SignedApplication")
    public record SignedApplicationView(LocalDate signedOn, Integer attachments, String source,
            OffsetDateTime recordedAt) {
    }

    @Schema(name = "EligibilityAssessment", description = "The latest assessment; eligible is the programme's verdict")
    public record EligibilityView(UUID id, LocalDate assessedOn, Integer ageOnAssessment, boolean ageEstimated,
            List<RuleResult> results, boolean eligible, String basis, EligibilityInput findings, String assessedBy,
            String assessedByOrg, OffsetDateTime recordedAt, int assessments) {
    }

    @Schema(name = "DecisionSummary", description = "A UDI or UNE decision: outcome and date only")
    public record DecisionSummary(DecisionStage stage, DecisionOutcome outcome, LocalDate decidedOn) {
    }

    @Schema(name = "UdiProgress")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UdiProgressView(OffsetDateTime submittedAt, List<DecisionSummary> decisions, LocalDate appealedOn) {
    }

    @Schema(name = "Approval")
    public record ApprovalView(OffsetDateTime approvedAt, String basis, OffsetDateTime announcedAt) {
    }

    @Schema(name = "ReintegrationPlanReference")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanView(UUID planId, LocalDate draftedOn,
            @Schema(description = "When grant-service approved this plan for the case; absent until it has: travel "
                    + "waits for it") OffsetDateTime approvedAt) {
    }

    @Schema(name = "Travel")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TravelView(Recorded<TravelArrangements> arrangements, Recorded<TravelBooking> booking,
            LocalDate scheduledDepartureOn, LocalDate departedOn, LocalDate arrivedOn) {
    }

    @Schema(name = "MissionHandover", description = "When the sending office handed the case over to the mission of "
            + "the country of return, and who did")
    public record MissionHandoverView(OffsetDateTime handedOverAt, String handedOverBy) {
    }

    @Schema(name = "Case", description = "A case as the caseworker of its office sees it", requiredProperties = VIEW,
            properties = @SchemaProperty(name = VIEW, type = SchemaType.STRING, enumeration = CASEWORKER,
                    description = VIEW_DESCRIPTION))
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseworkerView(UUID id, UUID referralId, String office, Jurisdiction jurisdiction, Programme programme,
            CaseStatus status, OffsetDateTime statusChangedAt, String countryOfReturn, String referringOrg,
            String coordinatorOrg, RegistrationSource registrationSource, OffsetDateTime registeredAt,
            ApplicantView applicant, List<HouseholdMember> household, Vulnerability vulnerability,
            LocalDate departureDeadline, List<Consent> consents, SignedApplicationView signedApplication,
            EligibilityView eligibility, UdiProgressView udi, ApprovalView approval,
            Recorded<NeedsInventory> needsInventory, PlanView reintegrationPlan,
            List<Recorded<RiskAssessment>> riskAssessments, Recorded<FamilyTracing> familyTracing, TravelView travel,
            MissionHandoverView missionHandover,
            @Schema(description = "Possible duplicates found at registration, not yet linked or dismissed "
                    + "(GET …/possible-duplicates); absent when none") Integer openPossibleDuplicates,
            long version) {

        @JsonProperty(VIEW)
        public String view() {
            return CASEWORKER;
        }
    }

    @Schema(name = "MissionApplicant")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MissionApplicant(UUID memberId, String givenName, String familyName, Contact contact) {
    }

    @Schema(name = "MissionHouseholdMember")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MissionMember(UUID memberId, HouseholdRelation relation, String givenName, String familyName,
            LocalDate dateOfBirth) {
    }

    @Schema(name = "MissionCase", description = "A case as the IOM mission in the country of return sees it, from "
            + "the handover on, while the person's consent to share for the return stands: what it needs to receive and support the returnee, and nothing of the asylum history, "
            + "the UDI decision or trafficking details", requiredProperties = VIEW,
            properties = @SchemaProperty(name = VIEW, type = SchemaType.STRING, enumeration = MISSION,
                    description = VIEW_DESCRIPTION))
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MissionView(UUID id, CaseStatus status, String countryOfReturn, MissionApplicant applicant,
            List<MissionMember> household, List<NeedsInventory.Need> needsFound, PlanView reintegrationPlan,
            List<String> riskMitigations, long version) {

        @JsonProperty(VIEW)
        public String view() {
            return MISSION;
        }
    }

    @Schema(name = "UdiApplicant")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UdiApplicant(UUID memberId, String givenName, String familyName, LocalDate dateOfBirth,
            Integer estimatedBirthYear, String nationality, List<HeldIdentifier> identifiers) {
    }

    @Schema(name = "UdiCaseEligibility")
    public record UdiEligibility(LocalDate assessedOn, boolean eligible, List<EligibilityCategory> categoriesMet) {
    }

    @Schema(name = "UdiCase", description = "A case submitted to UDI, as UDI sees it, its decisions in full",
            properties = @SchemaProperty(name = VIEW, type = SchemaType.STRING, enumeration = UDI,
                    description = VIEW_DESCRIPTION),
            requiredProperties = VIEW)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UdiView(UUID id, CaseStatus status, Programme programme, String office, String countryOfReturn,
            UdiApplicant applicant, List<HouseholdMember> household, SignedApplicationView signedApplication,
            Consent udiConsent, UdiEligibility eligibility, LocalDate departureDeadline, OffsetDateTime submittedAt,
            List<Recorded<UdiDecision>> decisions, LocalDate appealedOn, long version) {

        @JsonProperty(VIEW)
        public String view() {
            return UDI;
        }
    }

    public static CaseworkerView forCaseworker(AvrrCase c) {
        ApplicantDetails d = c.details();
        ApplicantView applicant = new ApplicantView(c.applicantMemberId, c.applicantGivenName, c.applicantFamilyName,
                c.applicantDateOfBirth, c.applicantEstimatedBirthYear, d.sex(), c.applicantNationality, d.languages(),
                d.interpreterNeeded(), d.contact(), d.identifiers());
        UdiProgressView udi = c.jurisdiction == Jurisdiction.NO
                ? new UdiProgressView(c.submittedToUdiAt, summaries(c), c.uneAppealedOn)
                : null;
        return new CaseworkerView(c.id, c.referralId, c.office, c.jurisdiction, c.programme, c.status(),
                c.statusChangedAt, c.countryOfReturn, c.referringOrg, c.coordinatorOrg, c.registrationSource,
                c.registeredAt, applicant, c.householdMembers(), c.vulnerability, c.departureDeadline,
                c.consentList(), signedApplication(c), eligibility(c), udi,
                c.approvedAt == null ? null : new ApprovalView(c.approvedAt, c.approvalBasis, c.approvalAnnouncedAt),
                c.needsInventory, plan(c), c.riskAssessmentList(), c.familyTracing,
                new TravelView(c.travelArrangements, c.travelBooking, c.scheduledDepartureOn, c.departedOn,
                        c.arrivedOn),
                c.handedOverToMissionAt == null ? null
                        : new MissionHandoverView(c.handedOverToMissionAt, c.handedOverBy),
                c.openDuplicates > 0 ? c.openDuplicates : null, c.version);
    }

    public static MissionView forMission(AvrrCase c) {
        List<MissionMember> household = c.householdMembers().stream().map(m -> new MissionMember(m.memberId(),
                m.relation(), m.givenName(), m.familyName(), m.dateOfBirth())).toList();
        List<NeedsInventory.Need> needs = c.needsInventory == null ? List.of() : c.needsInventory.value().needs();
        List<String> mitigations = c.latestRiskAssessment().map(RiskAssessment::mitigations).orElse(List.of());
        return new MissionView(c.id, c.status(), c.countryOfReturn,
                new MissionApplicant(c.applicantMemberId, c.applicantGivenName, c.applicantFamilyName,
                        c.details().contact()),
                household, needs, plan(c), mitigations, c.version);
    }

    public static UdiView forUdi(AvrrCase c) {
        UdiEligibility eligibility = c.latestEligibility().map(o -> new UdiEligibility(o.input().assessedOn(),
                ProgrammeEligibility.of(c.programme, o).eligible(),
                o.results().stream().filter(RuleResult::met).map(RuleResult::rule).toList())).orElse(null);
        return new UdiView(c.id, c.status(), c.programme, c.office, c.countryOfReturn,
                new UdiApplicant(c.applicantMemberId, c.applicantGivenName, c.applicantFamilyName,
                        c.applicantDateOfBirth, c.applicantEstimatedBirthYear, c.applicantNationality,
                        c.details().identifiers()),
                c.householdMembers(), signedApplication(c), c.latestConsent(ConsentPurpose.SHARE_WITH_UDI).orElse(null),
                eligibility, c.departureDeadline, c.submittedToUdiAt, c.udiDecisionList(), c.uneAppealedOn, c.version);
    }

    /** The decisions as everyone but UDI (and the data subject) sees them: outcome and date, no reason. */
    public static List<DecisionSummary> summaries(AvrrCase c) {
        return c.udiDecisionList().stream()
                .map(d -> new DecisionSummary(d.value().stage(), d.value().outcome(), d.value().decidedOn())).toList();
    }

    private static SignedApplicationView signedApplication(AvrrCase c) {
        return c.applicationSigned() ? new SignedApplicationView(c.applicationSignedOn, c.applicationAttachments,
                c.applicationSource, c.applicationRecordedAt) : null;
    }

    private static EligibilityView eligibility(AvrrCase c) {
        List<Recorded<EligibilityOutcome>> all = c.eligibilityAssessments();
        if (all.isEmpty()) {
            return null;
        }
        Recorded<EligibilityOutcome> latest = all.get(all.size() - 1);
        EligibilityOutcome o = latest.value();
        ProgrammeEligibility.Verdict verdict = ProgrammeEligibility.of(c.programme, o);
        return new EligibilityView(latest.id(), o.input().assessedOn(), o.ageOnAssessment(), o.ageEstimated(),
                o.results(), verdict.eligible(), verdict.basis(), o.input(), latest.recordedBy(),
                latest.recordedByOrg(), latest.recordedAt(), all.size());
    }

    private static PlanView plan(AvrrCase c) {
        return c.planId == null ? null : new PlanView(c.planId, c.planDraftedOn, c.planApprovedAt);
    }
}
