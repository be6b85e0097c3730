package dev.avrr.grant.disbursement;

import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.approvedLine;
import static dev.avrr.grant.GrantFixture.disbursementBody;
import static dev.avrr.grant.GrantFixture.request;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.grant.GrantFixture;
import dev.avrr.vocabulary.events.Programme;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#the-victims-of-trafficking-package: medical aid requires a physician's precise description of the medical needs, recorded before it is
 * paid. Which categories ask for one is data (VICTIMS_OF_TRAFFICKING's MEDICAL_AID does; VULNERABLE_GROUPS'
 * MEDICAL does not).
 */
@QuarkusTest
class PhysicianStatementTest {

    private static final String STATEMENT = "Testa Fiktivsen needs insulin for diabetes";

    @Inject
    GrantFixture grants;

    @Inject
    AgroalDataSource dataSource;

    private static String evidence(String category) {
        return """
                {"category":"%s","type":"PHYSICIAN_STATEMENT","issuedOn":"%s","description":"%s"}"""
                .formatted(category, LocalDate.now(ZoneOffset.UTC), STATEMENT);
    }

    @ParameterizedTest(name = "{0} {1}: without a statement {2}")
    @CsvSource({
            "VICTIMS_OF_TRAFFICKING, MEDICAL_AID, 422",
            "SWEDISH_AVRR,           MEDICAL_AID, 422",
            "VULNERABLE_GROUPS,      MEDICAL,     201",
    })
    void aCategoryThatRequiresAStatementIsPaidOnlyAfterItIsRecorded(Programme programme, String category,
            int withoutStatement) {
        String id = grants.single(programme, 40);
        String line = approvedLine(id, category, "MEDICINES", "2000.00");
        var r = request(MISSION, id, disbursementBody(category, line, "VENDOR", "800.00")).statusCode(withoutStatement);
        if (withoutStatement == 422) {
            r.body("rule", equalTo("physician-statement-before-payment"));
            given().auth().oauth2(MISSION).contentType("application/json").body(evidence(category))
                    .post("/api/v1/entitlements/" + id + "/evidence").then().statusCode(201)
                    .body("type", equalTo("PHYSICIAN_STATEMENT"));
            request(MISSION, id, disbursementBody(category, line, "VENDOR", "800.00")).statusCode(201);
        } else {
            given().auth().oauth2(MISSION).contentType("application/json").body(evidence(category))
                    .post("/api/v1/entitlements/" + id + "/evidence").then().statusCode(422)
                    .body("rule", equalTo("evidence-not-required"));
        }
    }

    @Test
    void aStatementIssuedAfterTodayIsRefusedByTheDateRuleAndNotKept() {
        String id = grants.single(Programme.VICTIMS_OF_TRAFFICKING, 42);
        given().auth().oauth2(MISSION).contentType("application/json")
                .body(evidence("MEDICAL_AID").replace(LocalDate.now(ZoneOffset.UTC).toString(),
                        LocalDate.now(ZoneOffset.UTC).plusDays(1).toString()))
                .post("/api/v1/entitlements/" + id + "/evidence").then().statusCode(422)
                .body("rule", equalTo("date-in-future")).body("violations[0].field", equalTo("issuedOn"));
        given().auth().oauth2(MISSION).get("/api/v1/entitlements/" + id + "/evidence").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void theStatementIsAHealthDetailProtectedAtRestAndShownOnlyToWhoNeedsIt() throws Exception {
        String id = grants.single(Programme.VICTIMS_OF_TRAFFICKING, 41);
        given().auth().oauth2(MISSION).contentType("application/json").body(evidence("MEDICAL_AID"))
                .post("/api/v1/entitlements/" + id + "/evidence").then().statusCode(201);
        given().auth().oauth2(GrantFixture.CASEWORKER).get("/api/v1/entitlements/" + id + "/evidence").then()
                .statusCode(200).body("[0].description", equalTo(STATEMENT));
        given().auth().oauth2(GrantFixture.FINANCE).get("/api/v1/entitlements/" + id + "/evidence").then()
                .statusCode(403);
        given().auth().oauth2(GrantFixture.mission("NG")).get("/api/v1/entitlements/" + id + "/evidence").then()
                .statusCode(404);
        try (var c = dataSource.getConnection();
                var ps = c.prepareStatement("SELECT description FROM evidence WHERE entitlement_id = ?::uuid")) {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                assertTrue(rs.next());
                String stored = rs.getString(1);
                assertFalse(stored.contains("insulin"), "stored encrypted");
                assertTrue(stored.startsWith("v2:S:" + id + ":"), "names its key, the entitlement's: " + stored);
            }
        }
    }
}
