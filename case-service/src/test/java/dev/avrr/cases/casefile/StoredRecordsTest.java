package dev.avrr.cases.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.casefile.records.AssessmentColumns;
import dev.avrr.cases.casefile.records.Consent;
import dev.avrr.cases.casefile.records.ConsentColumns;
import dev.avrr.cases.casefile.records.ConsentPurpose;
import dev.avrr.cases.casefile.records.ConsentSource;
import dev.avrr.cases.casefile.records.DecisionOutcome;
import dev.avrr.cases.casefile.records.DecisionStage;
import dev.avrr.cases.casefile.records.EligibilityCategory;
import dev.avrr.cases.casefile.records.EligibilityColumns;
import dev.avrr.cases.casefile.records.EligibilityInput;
import dev.avrr.cases.casefile.records.EligibilityOutcome;
import dev.avrr.cases.casefile.records.FamilyTracing;
import dev.avrr.cases.casefile.records.NeedCategory;
import dev.avrr.cases.casefile.records.NeedsInventory;
import dev.avrr.cases.casefile.records.RiskAssessment;
import dev.avrr.cases.casefile.records.RiskLevel;
import dev.avrr.cases.casefile.records.RuleResult;
import dev.avrr.cases.casefile.records.TracingOutcome;
import dev.avrr.cases.casefile.records.TravelArrangements;
import dev.avrr.cases.casefile.records.TravelBooking;
import dev.avrr.cases.casefile.records.TravelColumns;
import dev.avrr.cases.casefile.records.UdiColumns;
import dev.avrr.cases.casefile.records.UdiDecision;
import dev.avrr.platform.identifiers.IdentifierCheck;
import dev.avrr.platform.identifiers.IdentifierType;
import dev.avrr.platform.protection.ProtectedJson;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.VulnerabilityCategory;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every protected JSON column of the case reads the values it stored before: a frozen value of version 1, as the
 * column wrote it before stored values carried their version (the bare JSON) and as it writes it now (with the
 * version), reads as the value it was; and a value written reads back equal. An unknown property is an error in
 * tests, so a stored record that loses or renames a field fails here.
 */
@QuarkusTest
class StoredRecordsTest {

    private static final UUID ID = UUID.fromString("5b3e7c1a-2d4f-4e6a-9b8c-0d1e2f3a4b5c");
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-02T09:15:00.183412Z");
    private static final String RECORDED = "\"id\":\"5b3e7c1a-2d4f-4e6a-9b8c-0d1e2f3a4b5c\","
            + "\"recordedBy\":\"caseworker-1\",\"recordedByOrg\":\"iom-oslo\","
            + "\"recordedAt\":\"2026-03-02T09:15:00.183412Z\"";

    private static <T> Recorded<T> recorded(T value) {
        return new Recorded<>(ID, value, "caseworker-1", "iom-oslo", AT);
    }

    /** The frozen version-1 value reads as {@code expected}, bare and in its envelope; the value round-trips. */
    private static <V> void frozen(ProtectedJson<V, ?> column, String versionOne, V expected) {
        assertEquals(expected, column.read(versionOne), "the bare version-1 value");
        assertEquals(expected, column.read("{\"version\":1,\"value\":" + versionOne + "}"), "version 1, enveloped");
        String written = column.write(expected);
        assertTrue(written.startsWith("{\"version\":1,\"value\":"), written.substring(0, 20));
        assertEquals(expected, column.read(written), "written and read back");
    }

    @Test
    void applicantDetails() {
        frozen(new ProtectedColumns.ApplicantDetailsColumn(), """
                {"sex":"FEMALE","languages":["am"],"interpreterNeeded":true,
                 "contact":{"phone":"+47 900 00 000","email":"testa@example.org","address":"Fiktivveien 1"},
                 "identifiers":[{"type":"DUF_NUMBER","value":"200205705502","check":"VALID"}]}""",
                new ApplicantDetails("FEMALE", List.of("am"), true,
                        new Contact("+47 900 00 000", "testa@example.org", "Fiktivveien 1"),
                        List.of(new HeldIdentifier(IdentifierType.DUF_NUMBER, "200205705502",
                                IdentifierCheck.Verdict.VALID, null))));
    }

    @Test
    void household() {
        frozen(new ProtectedColumns.HouseholdColumn(), """
                [{"memberId":"5b3e7c1a-2d4f-4e6a-9b8c-0d1e2f3a4b5c","relation":"CHILD","givenName":"Lillebror",
                  "familyName":"Fiktivsen","dateOfBirth":"2019-05-01","sex":"MALE"}]""",
                List.of(new HouseholdMember(ID, HouseholdRelation.CHILD, "Lillebror", "Fiktivsen",
                        LocalDate.of(2019, 5, 1), null, "MALE")));
    }

    @Test
    void vulnerability() {
        frozen(new ProtectedColumns.VulnerabilityColumn(), """
                {"categories":["VICTIM_OF_TRAFFICKING_ADULT"],"traffickingIdentifiedBy":"KOM",
                 "reason":"Fictional reason","notes":"Fictional notes"}""",
                new Vulnerability(List.of(VulnerabilityCategory.VICTIM_OF_TRAFFICKING_ADULT), null, "KOM",
                        "Fictional reason", "Fictional notes"));
    }

    @Test
    void consents() {
        frozen(new ConsentColumns.ConsentsColumn(), """
                [{"id":"5b3e7c1a-2d4f-4e6a-9b8c-0d1e2f3a4b5c","purpose":"SHARE_WITH_UDI","recipient":"udi",
                  "givenOn":"2026-03-01","language":"ti","interpreterUsed":true,"source":"CASEWORKER",
                  "recordedBy":"caseworker-1","recordedByOrg":"iom-oslo","recordedAt":"2026-03-02T09:15:00.183412Z",
                  "withdrawnOn":"2026-03-05","withdrawalSource":"REFERRAL","withdrawalRecordedBy":"system",
                  "withdrawalRecordedAt":"2026-03-05T10:00:00Z","signedFormReference":"FORM-1"}]""",
                List.of(new Consent(ID, ConsentPurpose.SHARE_WITH_UDI, "udi", LocalDate.of(2026, 3, 1), "ti", true,
                        ConsentSource.CASEWORKER, "caseworker-1", "iom-oslo", AT, LocalDate.of(2026, 3, 5),
                        ConsentSource.REFERRAL, "system", OffsetDateTime.parse("2026-03-05T10:00:00Z"), "FORM-1")));
    }

    @Test
    void eligibilityAssessments() {
        frozen(new EligibilityColumns.AssessmentsColumn(), """
                [{%s,"value":{"input":{"assessedOn":"2026-03-02",
                   "arrival":{"withoutParentOrLegalGuardian":true,"arrivedOn":"2025-03-01"},
                   "trafficking":{"identified":true,"identifiedBy":"KOM","identifiedOn":"2025-04-01"},
                   "medicalNeeds":{"extensiveFollowUpNeeded":true,"documentation":"Fictional statement"},
                   "otherVulnerable":{"subtype":"ELDERLY_WITHOUT_FAMILY_NETWORK","description":"Fictional"},"note":"A note"},
                  "ageOnAssessment":16,"ageEstimated":false,
                  "results":[{"rule":"UNACCOMPANIED_MINOR","met":true,"reason":"under 18, alone"}]}}]"""
                        .formatted(RECORDED),
                List.of(recorded(new EligibilityOutcome(new EligibilityInput(LocalDate.of(2026, 3, 2),
                        new EligibilityInput.Arrival(true, LocalDate.of(2025, 3, 1)),
                        new EligibilityInput.Trafficking(true, "KOM", LocalDate.of(2025, 4, 1)),
                        new EligibilityInput.MedicalNeeds(true, "Fictional statement"),
                        new EligibilityInput.OtherVulnerable(
                                dev.avrr.vocabulary.events.OtherVulnerability.ELDERLY_WITHOUT_FAMILY_NETWORK, "Fictional"),
                        "A note"), 16, false,
                        List.of(new RuleResult(EligibilityCategory.UNACCOMPANIED_MINOR, true, "under 18, alone"))))));
    }

    @Test
    void udiDecisions() {
        frozen(new UdiColumns.DecisionsColumn(), """
                [{%s,"value":{"stage":"UDI","outcome":"REJECTED","decidedOn":"2026-02-10",
                  "reason":"Fictional reason","legalBasis":"Fictional basis"}}]""".formatted(RECORDED),
                List.of(recorded(new UdiDecision(DecisionStage.UDI, DecisionOutcome.REJECTED, LocalDate.of(2026, 2, 10),
                        "Fictional reason", "Fictional basis"))));
    }

    @Test
    void travelArrangements() {
        frozen(new TravelColumns.ArrangementsColumn(), """
                {%s,"value":{"travelDocument":{"status":"HELD","type":"PASSPORT","expiresOn":"2030-01-01"},
                  "escort":{"arranged":true,"kind":"IOM_STAFF"},"transitAssistance":false,"arrivalAssistance":true,
                  "medicalEscort":{"needed":true,"arranged":true}}}""".formatted(RECORDED),
                recorded(new TravelArrangements(
                        new TravelArrangements.TravelDocument(TravelArrangements.DocumentStatus.HELD,
                                TravelArrangements.DocumentType.PASSPORT, null, LocalDate.of(2030, 1, 1)),
                        new TravelArrangements.Escort(true, TravelArrangements.EscortKind.IOM_STAFF), false, true,
                        new TravelArrangements.MedicalEscort(true, true))));
    }

    @Test
    void travelBooking() {
        frozen(new TravelColumns.BookingColumn(), """
                {%s,"value":{"departureDate":"2026-06-01","from":"OSL","to":"ADD","transitPoints":["IST"],
                  "ticketReference":"FIKT42"}}""".formatted(RECORDED),
                recorded(new TravelBooking(LocalDate.of(2026, 6, 1), "OSL", "ADD", List.of("IST"), "FIKT42")));
    }

    @Test
    void needsInventory() {
        frozen(new AssessmentColumns.NeedsInventoryColumn(), """
                {%s,"value":{"needs":[{"category":"MEDICAL","description":"Continued treatment"}],
                  "supportAvailableInHomeCountry":true,"confirmedWith":"IOM Ethiopia","assessedOn":"2026-03-02"}}"""
                .formatted(RECORDED),
                recorded(new NeedsInventory(List.of(new NeedsInventory.Need(NeedCategory.MEDICAL, "Continued treatment")),
                        true, "IOM Ethiopia", LocalDate.of(2026, 3, 2))));
    }

    @Test
    void riskAssessments() {
        frozen(new AssessmentColumns.RiskAssessmentsColumn(), """
                [{%s,"value":{"level":"MEDIUM","risks":["Debt to the recruiter"],
                  "mitigations":["Arrival assistance"],"assessedOn":"2026-03-02"}}]""".formatted(RECORDED),
                List.of(recorded(new RiskAssessment(RiskLevel.MEDIUM, List.of("Debt to the recruiter"),
                        List.of("Arrival assistance"), LocalDate.of(2026, 3, 2)))));
    }

    @Test
    void familyTracing() {
        frozen(new AssessmentColumns.FamilyTracingColumn(), """
                {%s,"value":{"outcome":"FAMILY_FOUND","receiver":{"name":"Testina Fiktivsen",
                  "relationToChild":"mother","contact":{"phone":"+251 900 000 000"}},
                  "bestInterests":{"returnInChildsBestInterest":true,"decidedOn":"2026-03-01",
                  "decidedBy":"Child welfare (fictional)"},"completedOn":"2026-03-01"}}""".formatted(RECORDED),
                recorded(new FamilyTracing(TracingOutcome.FAMILY_FOUND,
                        new FamilyTracing.Receiver("Testina Fiktivsen", "mother", new Contact("+251 900 000 000", null, null)),
                        new FamilyTracing.BestInterestsDetermination(true, LocalDate.of(2026, 3, 1),
                                "Child welfare (fictional)"),
                        LocalDate.of(2026, 3, 1))));
    }

    @Test
    void aStoredValueWithAPropertyItsRecordLacksIsRefusedInTests() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new UdiColumns.DecisionsColumn().read("""
                        {"version":1,"value":[{%s,"value":{"stage":"UDI","outcome":"APPROVED",
                          "decidedOn":"2026-02-10","decisionReason":"renamed"}}]}""".formatted(RECORDED)));
        assertTrue(e.getMessage().contains("DecisionsColumn"), e.getMessage());
        assertTrue(!e.getMessage().contains("renamed"), "the message holds no stored value");
    }

    @Test
    void aValueOfALaterVersionIsRefusedNotMisread() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new UdiColumns.DecisionsColumn().read("{\"version\":2,\"value\":[]}"));
        assertTrue(e.getMessage().contains("version 2"), e.getMessage());
    }
}
