package dev.avrr.grant;

import static dev.avrr.grant.GrantFixture.CASEWORKER;
import static dev.avrr.grant.GrantFixture.FINANCE;
import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.disbursementBody;
import static dev.avrr.grant.GrantFixture.planBody;
import static dev.avrr.grant.GrantFixture.request;
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
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.WorkItemOpened;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * grant-service's work on the platform's work queue: the caseworker's plans to approve, the mission's plans
 * returned, finance's disbursements to approve — each gone once done, none outside the caller's scope.
 */
@QuarkusTest
class WorkQueueTest {

    @Inject
    GrantFixture grants;

    @Inject
    Events events;

    static ValidatableResponse queue(String token, String kind) {
        return given().auth().oauth2(token).queryParam("kind", kind).queryParam("size", 100)
                .get("/api/v1/work-queue").then().statusCode(200);
    }

    @Test
    void plansAndDisbursementsWaitOnTheQueueOfWhoeverActsNext() {
        String entitlement = grants.single(Programme.VULNERABLE_GROUPS, 41);
        String planId = given().auth().oauth2(MISSION).contentType("application/json")
                .body(planBody("HOUSING", "RENT", "1000.00", "A room near the market"))
                .post("/api/v1/entitlements/" + entitlement + "/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(MISSION).post("/api/v1/plans/" + planId + "/submission").then().statusCode(200);

        queue(CASEWORKER, "PLAN_TO_APPROVE").body("items.subjectId", hasItem(planId))
                .body("items.find { it.subjectId == '" + planId + "' }.href", equalTo("/api/v1/plans/" + planId));
        queue(GrantFixture.caseworker("iom-helsinki"), "PLAN_TO_APPROVE").body("items.subjectId", not(hasItem(planId)));
        queue(MISSION, "PLAN_TO_APPROVE").body("totalItems", equalTo(0));

        given().auth().oauth2(CASEWORKER).contentType("application/json").body("{\"reason\":\"Add the deposit\"}")
                .post("/api/v1/plans/" + planId + "/return").then().statusCode(200);
        queue(CASEWORKER, "PLAN_TO_APPROVE").body("items.subjectId", not(hasItem(planId)));
        queue(MISSION, "PLAN_RETURNED").body("items.subjectId", hasItem(planId));

        String disbursement = request(MISSION, entitlement, disbursementBody("SUBSISTENCE", null, "RETURNEE",
                "100.00")).statusCode(201).extract().path("id");
        queue(FINANCE, "DISBURSEMENT_TO_APPROVE").body("items.subjectId", hasItem(disbursement));
        queue(CASEWORKER, null).body("items.subjectId", not(hasItem(disbursement)));
        given().auth().oauth2(FINANCE).get("/api/v1/work-queue?kind=NOTHING_TO_DO").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
    }

    @Test
    void aPlanSubmittedIsAnnouncedToTheOfficeAndAPlanReturnedToTheMission() {
        String entitlement = grants.single(Programme.VULNERABLE_GROUPS, 41);
        String planId = given().auth().oauth2(MISSION).contentType("application/json")
                .body(planBody("HOUSING", "RENT", "1000.00", "A room near the market"))
                .post("/api/v1/entitlements/" + entitlement + "/plans").then().statusCode(201).extract().path("id");
        String caseId = given().auth().oauth2(MISSION).get("/api/v1/entitlements/" + entitlement).then()
                .statusCode(200).extract().path("caseId");
        given().auth().oauth2(MISSION).post("/api/v1/plans/" + planId + "/submission").then().statusCode(200);
        given().auth().oauth2(CASEWORKER).contentType("application/json").body("{\"reason\":\"Add the deposit\"}")
                .post("/api/v1/plans/" + planId + "/return").then().statusCode(200);

        List<WorkItemOpened> items = EventProbe.await(EventTypes.GRANT_TOPIC, r -> caseId.equals(r.key())
                && r.value().contains(WorkItemOpened.GRANT), 2, Duration.ofSeconds(20)).stream()
                .map(r -> events.data(events.parse(r.value()), WorkItemOpened.class))
                .filter(i -> planId.equals(i.subjectId().toString())).toList();
        assertEquals(List.of("PLAN_TO_APPROVE", "PLAN_RETURNED"), items.stream().map(WorkItemOpened::kind).toList());
        assertEquals(List.of("CASEWORKER", "MISSION"), items.stream().map(WorkItemOpened::audience).toList());
        for (WorkItemOpened i : items) {
            assertEquals(caseId, i.caseId().toString());
            assertEquals("iom-oslo", i.office());
            assertEquals("/api/v1/plans/" + planId, i.href());
        }
    }
}
