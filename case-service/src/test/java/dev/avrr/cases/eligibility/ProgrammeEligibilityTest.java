package dev.avrr.cases.eligibility;

import static dev.avrr.cases.CaseApi.OSLO;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.Events;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Whether an assessed case is eligible for its programme: vulnerable groups (docs/domain.md#eligibility-for-the-vulnerable-groups-programme) — any
 * category met; victims of trafficking — the victim rule met; UDI's standard grant — no vulnerability asked;
 * the Swedish programme (docs/domain.md#the-swedish-route) — the coordinator's approval decided it.
 */
@QuarkusTest
class ProgrammeEligibilityTest {

    private static final String MEDICAL = "\"medicalNeeds\":{\"extensiveFollowUpNeeded\":true,\"documentation\":\"Fictional\"}";
    private static final String VICTIM = "\"trafficking\":{\"identified\":true,\"identifiedBy\":\"KOM (fictional)\"}";

    @Inject
    Events events;

    @ParameterizedTest(name = "{0} with {1} found → eligible: {2}")
    @CsvSource({
            "VULNERABLE_GROUPS,      medical,  true",
            "VULNERABLE_GROUPS,      victim,   true",
            "VULNERABLE_GROUPS,      nothing,  false",
            "VICTIMS_OF_TRAFFICKING, victim,   true",
            "VICTIMS_OF_TRAFFICKING, medical,  false",
            "UDI_STANDARD,           nothing,  true",
    })
    void norwegianProgrammes(String programme, String found, boolean eligible) {
        String id = CaseApi.register(CaseApi.registration(programme, LocalDate.of(1990, 1, 1), null));
        String finding = switch (found) {
            case "medical" -> MEDICAL;
            case "victim" -> VICTIM;
            default -> "";
        };
        ValidatableResponse outcome = Assessments.assessCase(id, CaseApi.today(), finding);
        assertEquals(eligible, outcome.extract().<Boolean> path("eligibility.eligible"));
    }

    @Test
    void theSwedishProgrammeStandsOnTheCoordinatorsApproval() {
        String id = CaseApi.swedishCase(events, CaseApi.person(LocalDate.of(1995, 6, 15), List.of(), null));
        ValidatableResponse outcome = CaseApi.assess(CaseApi.HELSINKI, id,
                "{\"assessedOn\":\"%s\"}".formatted(CaseApi.today())).statusCode(200);
        assertEquals(true, outcome.extract().<Boolean> path("eligibility.eligible"));
        outcome.body("eligibility.basis", equalTo("the coordinator approved the request for support (Meddelande)"));
    }

    @Test
    void theOutcomeListsEveryRuleMetOrFailedWithWhy() {
        String id = CaseApi.register(CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), null));
        Assessments.assessCase(id, LocalDate.of(2025, 6, 1), MEDICAL)
                .body("eligibility.results.rule", contains("UNACCOMPANIED_MINOR", "AGED_OUT_MINOR",
                        "VICTIM_OF_TRAFFICKING", "MEDICAL_NEEDS", "OTHER_VULNERABLE"))
                .body("eligibility.results.met", contains(false, false, false, true, false))
                .body("eligibility.results[0].reason", equalTo("18 or older on the assessment date (age 35)"))
                .body("eligibility.results[3].reason", equalTo("a documented need of extensive medical follow-up"))
                .body("eligibility.ageOnAssessment", equalTo(35))
                .body("eligibility.assessedByOrg", equalTo("iom-oslo"));
        CaseApi.read(OSLO, id).body("status", equalTo("ELIGIBILITY_ASSESSED"));
    }
}
