package dev.avrr.cases;

import static dev.avrr.cases.CaseApi.HELSINKI;
import static dev.avrr.cases.CaseApi.OSLO;
import static dev.avrr.cases.CaseApi.UDI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.WorkItemOpened;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * case-service's work on the platform's work queue: UDI's cases submitted to it, the caseworker's cases whose
 * booking a travel gate refuses today — none outside the caller's scope, gone once done.
 */
@QuarkusTest
class WorkQueueTest {

    @Inject
    Events events;

    static ValidatableResponse queue(String token, String kind) {
        return given().auth().oauth2(token).queryParam("kind", kind).queryParam("size", 100)
                .get("/api/v1/work-queue").then().statusCode(200);
    }

    @Test
    void aSubmittedCaseWaitsForUdiAndAnApprovedOneWithoutItsPreparationsIsBlockedOnATravelGate() {
        String id = CaseApi.registerAdult();
        CaseApi.submitted(id);

        queue(UDI, "CASE_SUBMITTED_TO_UDI").body("items.subjectId", hasItem(id))
                .body("items.find { it.subjectId == '" + id + "' }.caseId", equalTo(id));
        queue(OSLO, "CASE_SUBMITTED_TO_UDI").body("totalItems", equalTo(0));

        CaseApi.udiDecision(id, "APPROVED", null).statusCode(200);
        queue(UDI, "CASE_SUBMITTED_TO_UDI").body("items.subjectId", not(hasItem(id)));
        // Approved, but nothing of what the travellers need is recorded yet: the booking's gates refuse it.
        queue(OSLO, "CASE_BLOCKED_ON_TRAVEL_GATE").body("items.subjectId", hasItem(id))
                .body("items.find { it.subjectId == '" + id + "' }.href", equalTo("/api/v1/cases/" + id));
        queue(HELSINKI, "CASE_BLOCKED_ON_TRAVEL_GATE").body("items.subjectId", not(hasItem(id)));
        given().auth().oauth2(OSLO).get("/api/v1/work-queue?kind=ANYTHING").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
    }

    @Test
    void aCaseThatBecomesBlockedOnATravelGateIsAnnouncedOnceToItsOffice() {
        String id = CaseApi.registerAdult();
        CaseApi.submitted(id);
        CaseApi.udiDecision(id, "APPROVED", null).statusCode(200);

        List<WorkItemOpened> items = EventProbe.await(EventTypes.CASE_TOPIC, r -> id.equals(r.key())
                && r.value().contains(WorkItemOpened.CASE), 1, Duration.ofSeconds(20)).stream()
                .map(r -> events.data(events.parse(r.value()), WorkItemOpened.class)).toList();
        assertEquals(1, items.size(), "announced when the case became blocked, not at registration or submission");
        WorkItemOpened blocked = items.get(0);
        assertEquals("CASE_BLOCKED_ON_TRAVEL_GATE", blocked.kind());
        assertEquals(id, blocked.subjectId().toString());
        assertEquals(id, blocked.caseId().toString());
        assertEquals("iom-oslo", blocked.office());
        assertEquals("CASEWORKER", blocked.audience());
        assertEquals("/api/v1/cases/" + id, blocked.href());
    }
}
