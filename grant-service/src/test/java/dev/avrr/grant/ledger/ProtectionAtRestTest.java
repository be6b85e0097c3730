package dev.avrr.grant.ledger;

import static dev.avrr.grant.GrantFixture.CASEWORKER;
import static dev.avrr.grant.GrantFixture.FINANCE;
import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.money;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.grant.GrantFixture;
import dev.avrr.vocabulary.events.Programme;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Names, notes, reasons and payees are protected at rest (docs/domain.md#protection-at-rest): each column named here
 * holds only ciphertext that names its key — the entitlement's, the subject erasure destroys the key of — never the
 * text written through the API.
 */
@QuarkusTest
class ProtectionAtRestTest {

    private static final String SECRET = "Testa Fiktivsen fled her trafficker";

    @Inject
    GrantFixture grants;

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
            "conversion,         reason",
            "reintegration_plan, notes",
            "reintegration_plan, return_reason",
            "plan_line,          description",
            "plan_line,          provider",
            "disbursement,       payee_name",
            "disbursement,       payee_account",
            "disbursement,       decision_reason",
    })
    void aProtectedColumnHoldsNoClearText(String table, String column) throws Exception {
        String id = grants.single(Programme.VICTIMS_OF_TRAFFICKING, 31);
        given().auth().oauth2(MISSION).contentType("application/json")
                .body("{\"from\":\"ACCOMMODATION\",\"to\":\"MEDICAL_AID\",\"amount\":%s,\"reason\":\"%s\"}"
                        .formatted(money("100.00"), SECRET))
                .post("/api/v1/entitlements/" + id + "/conversions").then().statusCode(201);
        String planBody = """
                {"notes":"%s","lines":[{"category":"ACCOMMODATION","activity":"RENT","description":"%s",
                 "provider":{"name":"%s","reference":"%s"},"amount":%s}]}""".formatted(SECRET, SECRET, SECRET, SECRET,
                money("1000.00"));
        String planId = given().auth().oauth2(MISSION).contentType("application/json").body(planBody)
                .post("/api/v1/entitlements/" + id + "/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(MISSION).post("/api/v1/plans/" + planId + "/submission").then().statusCode(200);
        given().auth().oauth2(CASEWORKER).contentType("application/json").body("{\"reason\":\"" + SECRET + "\"}")
                .post("/api/v1/plans/" + planId + "/return").then().statusCode(200);
        String d = GrantFixture.request(MISSION, id, """
                {"category":"SUBSISTENCE","payee":{"type":"RETURNEE","name":"%s","account":"%s"},"amount":%s}"""
                .formatted(SECRET, SECRET, money("100.00"))).statusCode(201).extract().path("id");
        given().auth().oauth2(FINANCE).contentType("application/json").body("{\"reason\":\"" + SECRET + "\"}")
                .post("/api/v1/disbursements/" + d + "/rejection").then().statusCode(200);

        String where = switch (table) {
            case "plan_line" -> "plan_id = '" + planId + "'";
            case "reintegration_plan" -> "id = '" + planId + "'";
            default -> "entitlement_id = '" + id + "'";
        };
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + column + " FROM " + table + " WHERE " + where)) {
            assertTrue(rs.next(), "a row was written");
            String stored = rs.getString(1);
            assertFalse(stored.contains("Fiktivsen"), stored);
            // Sealed with the key of the entitlement's person (its subject), which erasure destroys.
            assertTrue(stored.startsWith("v2:S:" + id + ":"), "names its key: " + stored);
        }
    }
}
