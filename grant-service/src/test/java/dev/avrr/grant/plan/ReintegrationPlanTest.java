package dev.avrr.grant.plan;

import static dev.avrr.grant.GrantFixture.CASEWORKER;
import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.planBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.grant.GrantFixture;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.ReintegrationPlanApproved;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Reintegration plans through HTTP (docs/domain.md#the-victims-of-trafficking-package): made by the mission with
 * the returnee after arrival, a separate plan for a child's support, approved by the caseworker; in-kind payments follow an approved plan.
 */
@QuarkusTest
class ReintegrationPlanTest {

    @Inject
    GrantFixture grants;

    @Inject
    Events events;

    private static ValidatableResponse draft(String token, String entitlementId, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/entitlements/" + entitlementId + "/plans").then();
    }

    private static ValidatableResponse command(String token, String planId, String command) {
        return given().auth().oauth2(token).post("/api/v1/plans/" + planId + "/" + command).then();
    }

    @Test
    void theMotherAndHerChildEachHaveTheirOwnPlanApprovedByTheCaseworker() {
        Traveller mother = GrantFixture.applicant(27);
        Traveller daughter = GrantFixture.child(5);
        UUID caseId = grants.approve(Programme.VICTIMS_OF_TRAFFICKING, true, 2, mother, daughter);
        String motherId = GrantFixture.entitlementOf(caseId, mother.memberId());
        String daughterId = GrantFixture.entitlementOf(caseId, daughter.memberId());

        String motherPlan = draft(MISSION, motherId, planBody("EDUCATION_BUSINESS_EMPLOYMENT", "EQUIPMENT", "9000.00",
                null)).statusCode(201).body("status", equalTo("DRAFT")).body("forChild", equalTo(false))
                .body("lines[0].provider.name", equalTo("Fiktiv Leverandør AS")).extract().path("id");
        String childPlan = draft(MISSION, daughterId, planBody("EDUCATION_BUSINESS_EMPLOYMENT", "SCHOOL_FEES",
                "4000.00", "Primary school fees for two years")).statusCode(201).body("forChild", equalTo(true))
                .body("beneficiaryId", equalTo(daughter.memberId().toString())).extract().path("id");

        command(MISSION, motherPlan, "submission").statusCode(200).body("status", equalTo("SUBMITTED"));
        command(CASEWORKER, motherPlan, "approval").statusCode(200).body("status", equalTo("APPROVED"))
                .body("decidedBy", org.hamcrest.Matchers.notNullValue());
        command(CASEWORKER, motherPlan, "approval").statusCode(409).body("state", equalTo("APPROVED"))
                .body("guard", equalTo("approve is allowed only from SUBMITTED"));
        command(CASEWORKER, childPlan, "approval").statusCode(409).body("state", equalTo("DRAFT"));

        given().auth().oauth2(CASEWORKER).get("/api/v1/entitlements/" + daughterId + "/plans").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].id", equalTo(childPlan));

        var announced = EventProbe.await("avrr.grant",
                r -> caseId.toString().equals(r.key()) && r.value().contains(ReintegrationPlanApproved.TYPE), 1,
                Duration.ofSeconds(20));
        assertEquals(1, announced.size(), "one plan approved so far");
        ReintegrationPlanApproved data = events.data(events.parse(announced.get(0).value()),
                ReintegrationPlanApproved.class);
        assertEquals(UUID.fromString(motherPlan), data.planId());
        assertEquals(mother.memberId(), data.beneficiaryId());
        assertFalse(announced.get(0).value().contains("Fiktiv"));
    }

    @Test
    void theCaseworkerReturnsAPlanTheMissionChangesItWithIfMatchAndSubmitsItAgain() {
        String id = grants.single(Programme.VICTIMS_OF_TRAFFICKING, 33);
        String planId = draft(MISSION, id, planBody("ACCOMMODATION", "RENT", "3000.00", "No family to stay with"))
                .statusCode(201).extract().path("id");
        command(MISSION, planId, "submission").statusCode(200);
        given().auth().oauth2(CASEWORKER).contentType("application/json").body("{\"reason\":\"Add the shop rent\"}")
                .post("/api/v1/plans/" + planId + "/return").then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("Add the shop rent"));

        String body = planBody("ACCOMMODATION", "RENT", "5000.00", "No family to stay with");
        given().auth().oauth2(MISSION).contentType("application/json").body(body).put("/api/v1/plans/" + planId).then()
                .statusCode(428);
        given().auth().oauth2(MISSION).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .put("/api/v1/plans/" + planId).then().statusCode(412);
        String etag = given().auth().oauth2(MISSION).get("/api/v1/plans/" + planId).then().statusCode(200).extract()
                .header("ETag");
        given().auth().oauth2(MISSION).contentType("application/json").header("If-Match", etag).body(body)
                .put("/api/v1/plans/" + planId).then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("lines[0].amount.amount", equalTo("5000.00"));
        command(MISSION, planId, "submission").statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(MISSION).contentType("application/json").header("If-Match", "*").body(body)
                .put("/api/v1/plans/" + planId).then().statusCode(409).body("state", equalTo("SUBMITTED"));
        command(CASEWORKER, planId, "approval").statusCode(200);
    }

    @Test
    void oneOpenPlanAtATimeAndAnApprovedPlanStaysAsItIs() {
        String id = grants.single(Programme.VULNERABLE_GROUPS, 45);
        String first = draft(MISSION, id, planBody("HOUSING", "FURNITURE", "2000.00", null)).statusCode(201).extract()
                .path("id");
        draft(MISSION, id, planBody("HOUSING", "RENT", "2000.00", null)).statusCode(409)
                .body("state", equalTo("DRAFT"));
        command(MISSION, first, "submission").statusCode(200);
        command(CASEWORKER, first, "approval").statusCode(200);
        draft(MISSION, id, planBody("HOUSING", "RENT", "6000.00", null)).statusCode(201);
        given().auth().oauth2(MISSION).get("/api/v1/entitlements/" + id + "/plans").then()
                .body("status", org.hamcrest.Matchers.contains("APPROVED", "DRAFT"));
    }

    /** What a plan line may hold: each refusal names its rule, and no plan is made. */
    @ParameterizedTest(name = "{0} {1} {2} {3} → {4}")
    @CsvSource(delimiter = '|', value = {
            "SUBSISTENCE                   | FOOD        | 500.00   |                | plan-lines-in-kind-only",
            "EDUCATION_BUSINESS_EMPLOYMENT | RENT        | 500.00   |                | permitted-use",
            "MEDICAL_AID                   | MEDICINES   | 500.00   |                | needs-based-states-the-need",
            "ACCOMMODATION                 | RENT        | 500.00   |                | needs-based-states-the-need",
            "EDUCATION_BUSINESS_EMPLOYMENT | OTHER       | 500.00   |                | permitted-use",
            "EDUCATION_BUSINESS_EMPLOYMENT | EQUIPMENT   | 25000.01 |                | within-balance",
            "EDUCATION_BUSINESS_EMPLOYMENT | EQUIPMENT   | 0.00     |                | positive-amount",
            "MEDICAL_AID                   | MEDICINES   | 2000.01  | Insulin        | within-balance",
    })
    void aPlanLineThatBreaksARuleIsRefused(String category, String activity, String amount, String description,
            String rule) {
        String id = grants.single(Programme.VICTIMS_OF_TRAFFICKING, 30);
        draft(MISSION, id, planBody(category, activity, amount, description)).statusCode(422)
                .body("rule", equalTo(rule));
        given().auth().oauth2(MISSION).get("/api/v1/entitlements/" + id + "/plans").then().body("size()", equalTo(0));
    }

    @Test
    void onlyTheMissionOfTheReturneesCountryAndTheCaseworkerOfTheCasesOfficeSeeAPlan() {
        String id = grants.single(Programme.VICTIMS_OF_TRAFFICKING, 30);
        draft(GrantFixture.mission("NG"), id, planBody("EDUCATION_BUSINESS_EMPLOYMENT", "EQUIPMENT", "100.00", null))
                .statusCode(404);
        String planId = draft(MISSION, id, planBody("EDUCATION_BUSINESS_EMPLOYMENT", "EQUIPMENT", "100.00", null))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(GrantFixture.mission("NG")).get("/api/v1/plans/" + planId).then().statusCode(404);
        given().auth().oauth2(GrantFixture.caseworker("iom-helsinki")).get("/api/v1/plans/" + planId).then()
                .statusCode(404);
        command(MISSION, planId, "submission").statusCode(200);
        command(GrantFixture.caseworker("iom-helsinki"), planId, "approval").statusCode(404);
        given().auth().oauth2(GrantFixture.FINANCE).get("/api/v1/plans/" + planId).then().statusCode(403);
        given().auth().oauth2(CASEWORKER).get("/api/v1/plans/" + planId).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }
}
