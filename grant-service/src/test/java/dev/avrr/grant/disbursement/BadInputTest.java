package dev.avrr.grant.disbursement;

import static dev.avrr.grant.GrantFixture.FINANCE;
import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.approvedLine;
import static dev.avrr.grant.GrantFixture.available;
import static dev.avrr.grant.GrantFixture.disbursementBody;
import static dev.avrr.grant.GrantFixture.planBody;
import static dev.avrr.grant.GrantFixture.request;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.grant.GrantFixture;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Bad input, as a table through HTTP: each request is refused with the status and rule it names,
 * and changes nothing — no money is reserved and no disbursement is made.
 */
@QuarkusTest
class BadInputTest {

    @Inject
    GrantFixture grants;

    @ParameterizedTest(name = "{0} → {4} {5}")
    @CsvSource(delimiter = '|', value = {
            "a zero amount                  | SUBSISTENCE                   | RETURNEE | 0.00     | 422 | positive-amount",
            "a negative amount              | SUBSISTENCE                   | RETURNEE | -10.00   | 422 | positive-amount",
            "more than the remaining        | SUBSISTENCE                   | RETURNEE | 8000.01  | 422 | within-balance",
            "cash for in-kind               | HOUSING                       | RETURNEE | 100.00   | 422 | in-kind-never-cash",
            "in-kind without a plan line    | HOUSING                       | VENDOR   | 100.00   | 422 | approved-plan-line-required",
            "a category it does not have    | ACCOMMODATION                 | VENDOR   | 100.00   | 400 | ",
    })
    void refusedAndNothingChanges(String what, String category, String payee, String amount, int status,
            String rule) {
        String id = grants.single(Programme.VULNERABLE_GROUPS, 38);
        var r = request(MISSION, id, disbursementBody(category, null, payee, amount)).statusCode(status);
        if (status == 422) {
            r.body("rule", equalTo(rule));
        } else {
            r.body("violations[0].field", equalTo("category"));
        }
        nothingChanged(id);
    }

    @Test
    void aWrongCurrencyIsRefused() {
        String id = grants.single(Programme.VULNERABLE_GROUPS, 38);
        request(MISSION, id, disbursementBody("SUBSISTENCE", null, "RETURNEE", "100.00").replace("NOK", "ETB"))
                .statusCode(422).body("rule", equalTo("programme-currency"));
        nothingChanged(id);
    }

    @Test
    void aLineOfAPlanThatIsNotApprovedOrOfAnotherEntitlementOrCategoryIsNoApprovedPlanLine() {
        String id = grants.single(Programme.VULNERABLE_GROUPS, 38);
        String draftLine = given().auth().oauth2(MISSION).contentType("application/json")
                .body(planBody("HOUSING", "RENT", "1000.00", null)).post("/api/v1/entitlements/" + id + "/plans").then()
                .statusCode(201).extract().path("lines[0].id");
        request(MISSION, id, disbursementBody("HOUSING", draftLine, "VENDOR", "100.00")).statusCode(422)
                .body("rule", equalTo("approved-plan-line-required"));
        String other = grants.single(Programme.VULNERABLE_GROUPS, 39);
        String othersLine = approvedLine(other, "HOUSING", "RENT", "1000.00");
        request(MISSION, id, disbursementBody("HOUSING", othersLine, "VENDOR", "100.00")).statusCode(422)
                .body("rule", equalTo("approved-plan-line-required"));
        String medicalLine = approvedLine(other, "MEDICAL", "MEDICINES", "500.00");
        request(MISSION, other, disbursementBody("HOUSING", medicalLine, "VENDOR", "100.00")).statusCode(422)
                .body("rule", equalTo("approved-plan-line-required"));
        request(MISSION, other, disbursementBody("HOUSING", othersLine, "VENDOR", "1000.01")).statusCode(422)
                .body("rule", equalTo("within-plan-line"));
        nothingChanged(id);
    }

    @Test
    void anotherCountrysReturneeIsNotFoundForAMissionAndAMalformedRequestNamesTheField() {
        String id = grants.single(Programme.VULNERABLE_GROUPS, 38);
        request(GrantFixture.mission("NG"), id, disbursementBody("SUBSISTENCE", null, "RETURNEE", "100.00"))
                .statusCode(404).body("type", equalTo("urn:avrr:problem:not-found"));
        given().auth().oauth2(MISSION).contentType("application/json")
                .body(disbursementBody("SUBSISTENCE", null, "RETURNEE", "100.00"))
                .post("/api/v1/entitlements/" + id + "/disbursements").then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        request(MISSION, id, disbursementBody("SUBSISTENCE", null, "RETURNEE", "100.00").replace("\"category\"",
                "\"kategori\"")).statusCode(400);
        request(MISSION, id, disbursementBody("SUBSISTENCE", null, "RETURNEE", "100.001")).statusCode(400)
                .body("violations[0].field", equalTo("amount.amount"));
        request(MISSION, id, disbursementBody("SUBSISTENCE", null, "BANK", "100.00")).statusCode(400)
                .body("violations[0].field", equalTo("payee.type"));
        nothingChanged(id);
    }

    private static void nothingChanged(String id) {
        assertEquals(new BigDecimal("8000.00"), available(id, "SUBSISTENCE"));
        assertEquals(new BigDecimal("8000.00"), available(id, "HOUSING"));
        given().auth().oauth2(FINANCE).queryParam("entitlementId", id).get("/api/v1/disbursements").then()
                .body("totalItems", equalTo(0));
    }
}
