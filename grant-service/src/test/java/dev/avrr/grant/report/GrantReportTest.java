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
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.avrr.grant.GrantFixture;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Reports per case and per programme: allocated, converted, disbursed and remaining per category,
 * from the ledger; no personal data.
 */
@QuarkusTest
class GrantReportTest {

    private static final String ADMIN = TestTokens.of(Roles.ADMIN, "iom-admin");

    @Inject
    GrantFixture grants;

    @Inject
    EntityManager em;

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

    /**
     * Five families allocated in March of an otherwise empty year, one more in February: March is shown in full;
     * February is "<5"; the quarter and the year would give February's family by subtracting March, so their
     * counts and money are suppressed. No free window can be asked for.
     */
    @Test
    void aProgrammesReportShowsNoFamilyThatTwoPeriodsWouldReveal() {
        int year = emptyYear();
        for (int i = 0; i < 5; i++) {
            allocatedIn(grants.approve(Programme.SWEDISH_AVRR, true, 2, GrantFixture.applicant(30 + i),
                    GrantFixture.child(3)), year + "-03-15");
        }
        allocatedIn(grants.approve(Programme.SWEDISH_AVRR, true, 2, GrantFixture.applicant(41),
                GrantFixture.child(5)), year + "-02-10");

        JsonPath march = programme(year + "-03");
        assertEquals("5", march.getString("cases"));
        assertEquals("10", march.getString("beneficiaries"));
        assertEquals("5", march.getString("minors"));
        assertEquals("350000.00", march.getString("totals[0].total.allocated.amount"));
        assertEquals(List.of(), march.getList("totals[0].suppressedCategories"));

        JsonPath february = programme(year + "-02");
        assertEquals("<5", february.getString("cases"));
        assertEquals("<5", february.getString("beneficiaries"));
        assertEquals(List.of(), february.getList("totals[0].categories"), "money paid to one family is withheld");
        assertNull(february.get("totals[0].total"));

        for (String whole : new String[] { year + "-Q1", Integer.toString(year) }) {
            JsonPath report = programme(whole);
            assertEquals("suppressed", report.getString("cases"), whole);
            assertEquals("suppressed", report.getString("beneficiaries"), whole);
            assertEquals("suppressed", report.getString("minors"), whole);
            assertEquals(List.of(), report.getList("totals[0].categories"), whole);
            assertNull(report.get("totals[0].total"), whole);
            assertFalse(report.getList("totals[0].suppressedCategories").isEmpty(), whole);
        }
        assertEquals("0", programme(year + "-Q2").getString("cases"));

        given().auth().oauth2(MISSION).get("/api/v1/reports/programmes/SWEDISH_AVRR").then().statusCode(403);
        for (String window : new String[] { year + "-02-01", year + "-13", year + "-02.." + year + "-03" }) {
            given().auth().oauth2(ADMIN).queryParam("period", window).get("/api/v1/reports/programmes/SWEDISH_AVRR")
                    .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("period"));
        }
        given().auth().oauth2(ADMIN).queryParam("period", year + "-03").queryParam("version", "2")
                .get("/api/v1/reports/programmes/SWEDISH_AVRR").then().statusCode(200)
                .body("beneficiaries", org.hamcrest.Matchers.equalTo("0"));
    }

    /** A year before 2000 with no Swedish allocations, so that repeated runs on one database do not meet. */
    private static int emptyYear() {
        Random random = new Random();
        while (true) {
            int year = 1900 + random.nextInt(100);
            if (programme(Integer.toString(year)).getString("beneficiaries").equals("0")) {
                return year;
            }
        }
    }

    /** Moves a case's allocation to a day in the past: the report counts by the month of allocation. */
    private void allocatedIn(UUID caseId, String day) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE entitlement SET allocated_at = "
                + "CAST(?1 AS date) WHERE case_id = ?2").setParameter(1, day).setParameter(2, caseId).executeUpdate());
    }

    private static JsonPath programme(String period) {
        return given().auth().oauth2(ADMIN).queryParam("period", period).get("/api/v1/reports/programmes/SWEDISH_AVRR")
                .then().statusCode(200).extract().jsonPath();
    }
}
