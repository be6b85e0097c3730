package dev.avrr.grant.report;

import static dev.avrr.grant.GrantFixture.FINANCE;
import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.approvedLine;
import static dev.avrr.grant.GrantFixture.disbursementBody;
import static dev.avrr.grant.GrantFixture.money;
import static dev.avrr.grant.GrantFixture.paymentBody;
import static dev.avrr.grant.GrantFixture.request;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.grant.GrantFixture;
import dev.avrr.platform.events.contract.Programme;
import dev.avrr.platform.events.contract.Traveller;
import dev.avrr.platform.security.Roles;
import dev.avrr.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Reports per case and per programme (issue 5 §6): allocated, converted, disbursed and remaining per category,
 * from the ledger; no personal data.
 */
@QuarkusTest
class GrantReportTest {

    private static final String ADMIN = TestTokens.of(Roles.ADMIN, "iom-admin");

    @Inject
    GrantFixture grants;

    /** A mother and her son under the Swedish programme: a conversion, a paid course and a reserved payment. */
    private UUID caseWithMovements(Traveller mother, Traveller son) {
        UUID caseId = grants.approve(Programme.SWEDISH_AVRR, true, 2, mother, son);
        String motherId = GrantFixture.entitlementOf(caseId, mother.memberId());
        given().auth().oauth2(MISSION).contentType("application/json")
                .body("{\"from\":\"ACCOMMODATION\",\"to\":\"EDUCATION_BUSINESS_EMPLOYMENT\",\"amount\":%s,\"reason\":\"Testa Fiktivsen lives with her sister\"}"
                        .formatted(money("4000.00")))
                .post("/api/v1/entitlements/" + motherId + "/conversions").then().statusCode(201);
        String line = approvedLine(motherId, "EDUCATION_BUSINESS_EMPLOYMENT", "COURSE_FEES", "10000.00");
        String paid = request(MISSION, motherId, disbursementBody("EDUCATION_BUSINESS_EMPLOYMENT", line, "VENDOR",
                "10000.00")).statusCode(201).extract().path("id");
        given().auth().oauth2(FINANCE).post("/api/v1/disbursements/" + paid + "/approval").then().statusCode(200);
        given().auth().oauth2(MISSION).contentType("application/json").body(paymentBody("125000.00", "0.08", "10000.00"))
                .post("/api/v1/disbursements/" + paid + "/payment").then().statusCode(200);
        request(MISSION, motherId, disbursementBody("SUBSISTENCE", null, "RETURNEE", "3000.00")).statusCode(201);
        return caseId;
    }

    @Test
    void aCasesReportPerBeneficiaryAndCategoryWithoutPersonalData() {
        Traveller mother = GrantFixture.applicant(25);
        Traveller son = GrantFixture.child(4);
        UUID caseId = caseWithMovements(mother, son);

        var response = given().auth().oauth2(GrantFixture.CASEWORKER).get("/api/v1/reports/cases/" + caseId).then()
                .statusCode(200).extract();
        JsonPath report = response.jsonPath();
        String m = "beneficiaries.find { it.beneficiaryId == '" + mother.memberId() + "' }.";
        String education = m + "categories.find { it.category == 'EDUCATION_BUSINESS_EMPLOYMENT' }.";
        assertEquals("25000.00", report.getString(education + "allocated.amount"));
        assertEquals("4000.00", report.getString(education + "convertedIn.amount"));
        assertEquals("10000.00", report.getString(education + "disbursed.amount"));
        assertEquals("19000.00", report.getString(education + "remaining.amount"));
        String accommodation = m + "categories.find { it.category == 'ACCOMMODATION' }.";
        assertEquals("4000.00", report.getString(accommodation + "convertedOut.amount"));
        assertEquals("1000.00", report.getString(accommodation + "remaining.amount"));
        assertEquals("3000.00", report.getString(m + "categories.find { it.category == 'SUBSISTENCE' }.reserved.amount"));
        assertEquals("35000.00", report.getString(m + "total.allocated.amount"));
        assertEquals("22000.00", report.getString(m + "total.remaining.amount"));
        String s = "beneficiaries.find { it.beneficiaryId == '" + son.memberId() + "' }.";
        assertEquals("35000.00", report.getString(s + "total.remaining.amount"));
        assertEquals(true, report.getBoolean(s + "minor"));

        assertEquals("NOK", report.getString("totals[0].currency"));
        assertEquals("70000.00", report.getString("totals[0].total.allocated.amount"));
        assertEquals("10000.00", report.getString("totals[0].total.disbursed.amount"));
        assertEquals("3000.00", report.getString("totals[0].total.reserved.amount"));
        assertEquals("57000.00", report.getString("totals[0].total.remaining.amount"));
        String body = response.asString();
        assertFalse(body.contains("Fiktiv"), "no names, payees or reasons in a report");
        assertFalse(body.contains("sister"));
    }

    @Test
    void aProgrammesReportAddsUpItsCasesPerCategory() {
        JsonPath before = programme();
        caseWithMovements(GrantFixture.applicant(22), GrantFixture.child(2));
        JsonPath after = programme();
        assertEquals(1, after.getLong("cases") - before.getLong("cases"));
        assertEquals(2, after.getLong("beneficiaries") - before.getLong("beneficiaries"));
        assertEquals(1, after.getLong("minors") - before.getLong("minors"));
        assertEquals(new BigDecimal("70000.00"), delta(before, after, "total.allocated"));
        assertEquals(new BigDecimal("4000.00"), delta(before, after,
                "categories.find { it.category == 'EDUCATION_BUSINESS_EMPLOYMENT' }.convertedIn"));
        assertEquals(new BigDecimal("4000.00"), delta(before, after,
                "categories.find { it.category == 'ACCOMMODATION' }.convertedOut"));
        assertEquals(new BigDecimal("10000.00"), delta(before, after, "total.disbursed"));
        assertEquals(new BigDecimal("57000.00"), delta(before, after, "total.remaining"));
        given().auth().oauth2(MISSION).get("/api/v1/reports/programmes/SWEDISH_AVRR").then().statusCode(403);
        given().auth().oauth2(ADMIN).queryParam("from", "2026-13-01").get("/api/v1/reports/programmes/SWEDISH_AVRR")
                .then().statusCode(400);
        given().auth().oauth2(ADMIN).queryParam("version", "2").get("/api/v1/reports/programmes/SWEDISH_AVRR").then()
                .statusCode(200).body("beneficiaries", org.hamcrest.Matchers.equalTo(0));
    }

    private static JsonPath programme() {
        return given().auth().oauth2(ADMIN).get("/api/v1/reports/programmes/SWEDISH_AVRR").then().statusCode(200)
                .extract().jsonPath();
    }

    private static BigDecimal delta(JsonPath before, JsonPath after, String figure) {
        return amount(after, figure).subtract(amount(before, figure));
    }

    private static BigDecimal amount(JsonPath report, String figure) {
        if (report.getList("totals").isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        String value = report.getString("totals[0]." + figure + ".amount");
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value);
    }
}
