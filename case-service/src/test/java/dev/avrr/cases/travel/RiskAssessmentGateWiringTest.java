package dev.avrr.cases.travel;

import static dev.avrr.cases.CaseApi.HELSINKI;
import static dev.avrr.cases.CaseApi.OSLO;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.Events;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#eligibility-for-the-vulnerable-groups-programme (risk assessment for victims of trafficking) and docs/domain.md#the-swedish-route (Riskhantering): a victim of trafficking
 * travels only after a risk assessment; a HIGH risk blocks any case's travel until mitigated and re-assessed.
 */
@QuarkusTest
class RiskAssessmentGateWiringTest {

    @Inject
    Events events;

    @ParameterizedTest(name = "victim of trafficking: {0}, assessments {1} → {2}")
    @CsvSource({
            "true,  '',          409 risk-assessment-missing",
    })
    void wiredIntoTheBooking(boolean victim, String assessments, String expected) {
        String id = CaseApi.register(CaseApi.registration(victim ? "VICTIMS_OF_TRAFFICKING" : "VULNERABLE_GROUPS",
                LocalDate.of(1990, 1, 1), null));
        CaseApi.approvedWith(id, victim ? CaseApi.VICTIM : CaseApi.MEDICAL);
        CaseApi.prepared(OSLO, id);
        for (String level : assessments.isBlank() ? List.<String> of() : List.of(assessments.split(" "))) {
            CaseApi.risk(OSLO, id, level).statusCode(200);
        }
        CaseApi.answers(CaseApi.book(OSLO, id), expected);
    }

    @Test
    void aCaseWhoseVulnerabilityNamesTraffickingNeedsOneUnderAnyProgramme() {
        String body = CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), null).replaceFirst("\\}$",
                ",\"vulnerability\":{\"categories\":[\"VICTIM_OF_TRAFFICKING_ADULT\",\"MEDICAL_NEEDS\"]}}");
        String id = CaseApi.register(body);
        CaseApi.approved(id);
        CaseApi.prepared(OSLO, id);
        CaseApi.book(OSLO, id).statusCode(409).body("guard", equalTo("risk-assessment-missing"));
    }

    @Test
    void everySwedishCaseIsRiskAssessed() {
        UUID referralId = UUID.randomUUID();
        String id = CaseApi.swedishCase(events, referralId, CaseApi.person(LocalDate.of(1995, 6, 15), List.of(), null));
        CaseApi.assessed(HELSINKI, id, "\"note\":\"Assessed (fictional)\"");
        CaseApi.signedOnTheSwedishRoute(events, id, referralId);
        CaseApi.prepared(HELSINKI, id);
        CaseApi.book(HELSINKI, id).statusCode(409).body("guard", equalTo("risk-assessment-missing"));
        CaseApi.risk(HELSINKI, id, "MEDIUM").statusCode(200);
        CaseApi.book(HELSINKI, id).statusCode(200);
    }

    @Test
    void aHighRiskFoundAfterBookingStopsTheDeparture() {
        String id = CaseApi.registerAdult();
        CaseApi.approved(id);
        CaseApi.prepared(OSLO, id);
        CaseApi.book(OSLO, id).statusCode(200);
        CaseApi.risk(OSLO, id, "HIGH").statusCode(200);
        CaseApi.depart(OSLO, id).statusCode(409).body("state", equalTo("TRAVEL_PREPARATION"))
                .body("guard", equalTo("risk-too-high")).body("failedGuards", hasItem("risk-too-high"));
        CaseApi.risk(OSLO, id, "LOW").statusCode(200);
        CaseApi.depart(OSLO, id).statusCode(200).body("status", equalTo("DEPARTED"));
    }
}
