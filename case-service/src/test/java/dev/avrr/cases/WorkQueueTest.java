package dev.avrr.cases;

import static dev.avrr.cases.CaseApi.HELSINKI;
import static dev.avrr.cases.CaseApi.OSLO;
import static dev.avrr.cases.CaseApi.UDI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * case-service's work on the platform's work queue: UDI's cases submitted to it, the caseworker's cases whose
 * booking a travel gate refuses today — none outside the caller's scope, gone once done.
 */
@QuarkusTest
class WorkQueueTest {

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
}
