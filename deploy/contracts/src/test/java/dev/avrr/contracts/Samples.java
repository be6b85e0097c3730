package dev.avrr.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.AccessRequested;
import dev.avrr.vocabulary.events.CaseApproved;
import dev.avrr.vocabulary.events.CaseProgressed;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.CaseSharingChanged;
import dev.avrr.vocabulary.events.CaseSpecifics;
import dev.avrr.vocabulary.events.ConversionMade;
import dev.avrr.vocabulary.events.DisbursementApproved;
import dev.avrr.vocabulary.events.DisbursementPaid;
import dev.avrr.vocabulary.events.EntitlementAllocated;
import dev.avrr.vocabulary.events.ErasureAnswered;
import dev.avrr.vocabulary.events.ErasureRequested;
import dev.avrr.vocabulary.events.FeedbackSharing;
import dev.avrr.vocabulary.events.FeedbackWords;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.MonitoringMilestone;
import dev.avrr.vocabulary.events.OtherVulnerability;
import dev.avrr.vocabulary.events.PartnerRecipient;
import dev.avrr.vocabulary.events.PersonRectified;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.ProtectionAlertNotice;
import dev.avrr.vocabulary.events.ReferralAccepted;
import dev.avrr.vocabulary.events.ReferralApplicationSigned;
import dev.avrr.vocabulary.events.ReferralConsentGiven;
import dev.avrr.vocabulary.events.ReferralConsentWithdrawn;
import dev.avrr.vocabulary.events.ReferralPerson;
import dev.avrr.vocabulary.events.ReferralRouted;
import dev.avrr.vocabulary.events.ReintegrationPlanApproved;
import dev.avrr.vocabulary.events.ReturnCompleted;
import dev.avrr.vocabulary.events.Traveller;
import dev.avrr.vocabulary.events.UdiDecisionRecorded;
import dev.avrr.vocabulary.events.VulnerabilityCategory;
import dev.avrr.vocabulary.events.WorkItemOpened;

/**
 * One event of every type as the services build it: the {@code full} ones with every optional field set, the
 * {@code minimal} ones with every field the record allows to be empty left empty (for the two case events whose
 * contract requires a date, the date stays: case-service always sets it).
 */
final class Samples {

    static final UUID CASE = UUID.fromString("3f0c2a57-8d51-4c8e-9a3b-1f2e3d4c5b6a");
    static final UUID REFERRAL = UUID.fromString("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d");
    static final UUID MEMBER = UUID.fromString("5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e");
    static final UUID CHILD = UUID.fromString("6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f");
    static final UUID ENTITLEMENT = UUID.fromString("7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a");
    static final UUID ALERT = UUID.fromString("8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b");
    static final UUID FEEDBACK = UUID.fromString("9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c");
    static final UUID REQUEST = UUID.fromString("0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d");
    /** A name and number that must never appear in clear on a topic. */
    static final String GIVEN_NAME = "Kari";
    static final String FAMILY_NAME = "Nordmann-Testesen";
    static final String IDENTITY_NUMBER = "01017012345";

    /** An event to build: its type, subject (the record key), data and, for the one that carries it, a person. */
    record Sample(String type, UUID subject, Object data, Object personal) {
        @Override
        public String toString() {
            return type;
        }
    }

    private Samples() {
    }

    static List<Sample> full() {
        return build(true);
    }

    static List<Sample> minimal() {
        return build(false);
    }

    static Sample full(String type) {
        return full().stream().filter(s -> s.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("No sample of " + type));
    }

    /** A person as referral-service seals them into {@code avrr.referral.accepted.v1}. */
    static ReferralPerson person() {
        return new ReferralPerson(GIVEN_NAME, FAMILY_NAME, LocalDate.of(1988, 4, 12), null, "FEMALE", "ET",
                List.of("am", "en"), true,
                new ReferralPerson.Contact("+4790000000", "kari@example.org", "Storgata 1, 0155 Oslo"),
                List.of(new ReferralPerson.Identifier("FODSELSNUMMER", IDENTITY_NUMBER)),
                List.of(new ReferralPerson.HouseholdMember("Lina", FAMILY_NAME, LocalDate.of(2017, 2, 1),
                        HouseholdRelation.CHILD, "FEMALE")),
                new ReferralPerson.Vulnerability(List.of(VulnerabilityCategory.OTHER), OtherVulnerability.VIOLENCE,
                        null, "Wants to go home to her family", "Prefers a female caseworker"));
    }

    private static List<Sample> build(boolean full) {
        OffsetDateTime at = OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 123_000_000, ZoneOffset.UTC);
        LocalDate day = LocalDate.of(2026, 3, 1);
        UUID referral = full ? REFERRAL : null;
        Programme programme = full ? Programme.VULNERABLE_GROUPS : null;
        List<Traveller> household = List.of(new Traveller(MEMBER, HouseholdRelation.APPLICANT, 37),
                new Traveller(CHILD, HouseholdRelation.CHILD, 9));
        List<Sample> s = new ArrayList<>();

        // avrr.referral
        String coordinator = full ? "lansstyrelsen-stockholm" : null;
        s.add(new Sample(ReferralRouted.SUBMITTED, REFERRAL, new ReferralRouted(REFERRAL, full ? "SE" : "NO",
                full ? "AWAITING_COORDINATOR" : "SUBMITTED", "ngo-kirkens-bymisjon", coordinator,
                full ? "iom-helsinki" : "iom-oslo", at), null));
        s.add(new Sample(ReferralRouted.APPROVED_BY_COORDINATOR, REFERRAL, new ReferralRouted(REFERRAL, "SE",
                "APPROVED_BY_COORDINATOR", "ngo-stockholm", "lansstyrelsen-stockholm", "iom-helsinki", at), null));
        s.add(new Sample(ReferralRouted.DECLINED, REFERRAL, new ReferralRouted(REFERRAL, "NO", "DECLINED",
                "ngo-kirkens-bymisjon", null, "iom-oslo", at), null));
        s.add(new Sample(ReferralRouted.WITHDRAWN, REFERRAL, new ReferralRouted(REFERRAL, "SE", "WITHDRAWN",
                "ngo-stockholm", coordinator, "iom-helsinki", at), null));
        s.add(new Sample(ReferralAccepted.TYPE, REFERRAL, new ReferralAccepted(REFERRAL, full ? "SE" : "NO", "ET",
                "ngo-kirkens-bymisjon", full ? "iom-helsinki" : "iom-oslo", at, coordinator), person()));
        s.add(new Sample(ReferralApplicationSigned.TYPE, REFERRAL, new ReferralApplicationSigned(REFERRAL,
                day.minusDays(2), full ? 3 : 0, at), null));
        s.add(new Sample(ReferralConsentWithdrawn.TYPE, REFERRAL, new ReferralConsentWithdrawn(REFERRAL,
                "FEEDBACK_TO_REFERRER", "ngo-kirkens-bymisjon", at), null));
        s.add(new Sample(ReferralConsentGiven.TYPE, REFERRAL, new ReferralConsentGiven(REFERRAL, "SHARE_WITH_IOM",
                full ? "iom-helsinki" : "iom-oslo", at.minusHours(1), at), null));

        s.add(new Sample(WorkItemOpened.REFERRAL, REFERRAL, new WorkItemOpened("REFERRAL_TO_ACCEPT", REFERRAL, null, REFERRAL,
                "iom-oslo", "CASEWORKER", "/api/v1/referrals/" + REFERRAL, at), null));
        s.add(new Sample(AccessPartAssembled.REFERRAL, REFERRAL, new AccessPartAssembled(REQUEST, CASE, REFERRAL, at),
                accessPart("Your referral")));
        s.add(new Sample(ErasureAnswered.REFERRAL, REFERRAL, new ErasureAnswered(REQUEST, CASE, REFERRAL,
                ErasureAnswered.ERASED, List.of(), 12, at), null));

        // avrr.case
        s.add(new Sample(CaseRegistered.TYPE, CASE, new CaseRegistered(CASE, referral, "iom-oslo", "ET", at,
                full ? "NO" : null), new CaseSpecifics(programme, null)));
        s.add(new Sample(CaseSharingChanged.TYPE, CASE, new CaseSharingChanged(CASE, full ? 3 : 0, "iom-oslo", "ET",
                full ? "NO" : "SE", full, true, full, full, false, at), null));
        s.add(progressed(CaseProgressed.ELIGIBILITY_ASSESSED, "ELIGIBILITY_ASSESSED", full ? day : null, referral,
                at));
        s.add(progressed(CaseProgressed.TRAVEL_SCHEDULED, "TRAVEL_PREPARATION", day.plusDays(20), referral, at));
        s.add(progressed(CaseProgressed.DEPARTED, "DEPARTED", day.plusDays(20), referral, at));
        s.add(progressed(CaseProgressed.CLOSED, "CLOSED", full ? day.plusDays(90) : null, referral, at));
        s.add(progressed(CaseProgressed.WITHDRAWN, "WITHDRAWN", full ? day : null, referral, at));
        s.add(progressed(CaseProgressed.ABSCONDED, "ABSCONDED", full ? day : null, referral, at));
        s.add(new Sample(UdiDecisionRecorded.TYPE, CASE, new UdiDecisionRecorded(CASE, referral,
                "iom-oslo", full ? "APPROVED" : "REJECTED", full ? "UNE" : "UDI",
                OffsetDateTime.of(2026, 2, 27, 0, 0, 0, 0, ZoneOffset.UTC)), null));
        s.add(new Sample(CaseApproved.TYPE, CASE, new CaseApproved(CASE, referral, full ? "NO" : "SE",
                full ? "iom-oslo" : "iom-helsinki", "ET", full ? "UDI" : "COORDINATOR", at, full ? Boolean.TRUE : null),
                new CaseSpecifics(full ? Programme.UDI_STANDARD : Programme.SWEDISH_AVRR, household)));
        s.add(new Sample(ReturnCompleted.TYPE, CASE, new ReturnCompleted(CASE, referral, "NO", "iom-oslo", "ET",
                day.plusDays(21)), new CaseSpecifics(Programme.VICTIMS_OF_TRAFFICKING, household)));

        PersonRectified.Person before = new PersonRectified.Person("Testa", "Fiktivsen", LocalDate.of(1990, 1, 1), null,
                "FEMALE", HouseholdRelation.APPLICANT, List.of(new ReferralPerson.Identifier("DUF_NUMBER",
                        "200205705502")));
        PersonRectified.Person after = new PersonRectified.Person("Testa", "Fiktivsdottir", LocalDate.of(1990, 1, 1),
                null, "FEMALE", HouseholdRelation.APPLICANT, before.identifiers());
        s.add(new Sample(PersonRectified.TYPE, CASE, new PersonRectified(CASE, REFERRAL, MEMBER, true,
                "caseworker-subject", "iom-oslo", at), new PersonRectified.Correction(before, after,
                        "The person showed a passport (fictional)")));
        s.add(new Sample(AccessRequested.TYPE, CASE, new AccessRequested(REQUEST, CASE, referral, at), null));
        s.add(new Sample(ErasureRequested.REQUESTED, CASE, new ErasureRequested(REQUEST, CASE, referral, at), null));
        s.add(new Sample(ErasureRequested.RELEASED, CASE, new ErasureRequested(REQUEST, CASE, referral, at), null));
        s.add(new Sample(WorkItemOpened.CASE, CASE, new WorkItemOpened("CASE_BLOCKED_ON_TRAVEL_GATE", CASE, CASE, null,
                "iom-oslo", "CASEWORKER", "/api/v1/cases/" + CASE, at), null));

        // avrr.grant
        s.add(new Sample(EntitlementAllocated.TYPE, CASE, new EntitlementAllocated(CASE, ENTITLEMENT, MEMBER, at),
                new EntitlementAllocated.Package(3, "NOK", new BigDecimal("28000.00"),
                        List.of(new EntitlementAllocated.Category("CASH_GRANT", "CASH_GRANT", "CASH",
                                new BigDecimal("20000.00")), new EntitlementAllocated.Category("HOUSING",
                                        "ACCOMMODATION", "IN_KIND", new BigDecimal("8000.00"))))));
        s.add(new Sample(ConversionMade.TYPE, CASE, new ConversionMade(CASE, ENTITLEMENT, MEMBER, UUID.randomUUID(),
                at), new ConversionMade.Moved("HOUSING", "MEDICAL_AID", new BigDecimal("1500.00"), "NOK")));
        s.add(new Sample(ReintegrationPlanApproved.TYPE, CASE, new ReintegrationPlanApproved(CASE, UUID.randomUUID(),
                MEMBER, at), null));
        s.add(new Sample(DisbursementApproved.TYPE, CASE, new DisbursementApproved(CASE, ENTITLEMENT, MEMBER,
                UUID.randomUUID(), at), new DisbursementApproved.Payment("HOUSING", "IN_KIND", "VENDOR",
                        new BigDecimal("8000.00"), "NOK")));
        s.add(new Sample(DisbursementPaid.TYPE, CASE, new DisbursementPaid(CASE, ENTITLEMENT, MEMBER, UUID.randomUUID(),
                day, at), new DisbursementPaid.Payment("HOUSING", new BigDecimal("7995.50"), "NOK",
                        new BigDecimal("95946.00"), "ETB", new BigDecimal("0.0833333333"))));

        UUID plan = UUID.randomUUID();
        s.add(new Sample(WorkItemOpened.GRANT, CASE, new WorkItemOpened("PLAN_RETURNED", plan, CASE, null, "iom-oslo",
                "MISSION", "/api/v1/plans/" + plan, at), null));

        s.add(new Sample(AccessPartAssembled.GRANT, CASE, new AccessPartAssembled(REQUEST, CASE, referral, at),
                accessPart("Your reintegration grant")));
        s.add(new Sample(ErasureAnswered.GRANT, CASE, new ErasureAnswered(REQUEST, CASE, referral,
                ErasureAnswered.CHECKED, full ? List.of(ErasureAnswered.UNPAID_APPROVED_MONEY) : List.of(), 0, at),
                null));

        // avrr.monitoring
        for (String type : List.of(MonitoringMilestone.STARTED, MonitoringMilestone.CONTACT_MADE,
                MonitoringMilestone.COMPLETED, MonitoringMilestone.ENDED_EARLY)) {
            s.add(new Sample(type, CASE, new MonitoringMilestone(CASE, at), null));
        }
        for (String type : List.of(ProtectionAlertNotice.RAISED, ProtectionAlertNotice.ACKNOWLEDGED,
                ProtectionAlertNotice.RESOLVED)) {
            s.add(new Sample(type, CASE, new ProtectionAlertNotice(ALERT, CASE, "iom-oslo", at), null));
        }
        s.add(new Sample(FeedbackSharing.SHARED, CASE, new FeedbackSharing(CASE, FEEDBACK,
                List.of(PartnerRecipient.REFERRER), at), new FeedbackWords("The shop is open (fictional)")));
        s.add(new Sample(FeedbackSharing.WITHDRAWN, CASE, new FeedbackSharing(CASE, FEEDBACK,
                List.of(PartnerRecipient.REFERRER), at), null));
        s.add(new Sample(AccessPartAssembled.MONITORING, CASE, new AccessPartAssembled(REQUEST, CASE, referral, at),
                accessPart("Monitoring contacts")));
        s.add(new Sample(ErasureAnswered.MONITORING, CASE, new ErasureAnswered(REQUEST, CASE, referral,
                ErasureAnswered.CHECKED, full ? List.of(ErasureAnswered.OPEN_PROTECTION_ALERT) : List.of(), 0, at),
                null));
        return s;
    }

    /** A part of an access request: one class held, a note, one read. */
    private static AccessPartAssembled.Part accessPart(String category) {
        OffsetDateTime since = OffsetDateTime.of(2026, 1, 12, 9, 30, 0, 0, ZoneOffset.UTC);
        return new AccessPartAssembled.Part(List.of(new AccessPartAssembled.Holding(category, since,
                "A purpose (fictional)", List.of("IOM office iom-oslo"))),
                JsonNodeFactory.instance.objectNode().put("note", "Testa Fiktivsen (fictional)"),
                List.of(new AccessPartAssembled.AccessEntry(since, "iom-oslo", "caseworker", "read", "case",
                        "SUCCESS")));
    }

    private static Sample progressed(String type, String status, LocalDate date, UUID referral, OffsetDateTime at) {
        return new Sample(type, CASE, new CaseProgressed(CASE, referral, "iom-oslo", "ET", status, date, at),
                null);
    }
}
