package dev.avrr.grant.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.grant.GrantFixture;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who sees a case's grants (ARCHITECTURE.md, security), as a table: a mission the returnees of its country, a
 * caseworker the cases of its office, finance and the auditor every case; anyone else's record is "not found"
 * (never revealed) and audited as not theirs; a role without the operation is 403.
 */
@QuarkusTest
class GrantScopeTest {

    @Inject
    GrantFixture grants;

    @ParameterizedTest(name = "{0} org {1} country {2} → {3}")
    @CsvSource({
            "mission,    iom-ethiopia, ET, 200",
            "mission,    iom-nigeria,  NG, 404",
            "mission,    iom-ethiopia,   , 404",
            "caseworker, iom-oslo,       , 200",
            "caseworker, iom-helsinki,   , 404",
            "finance,    iom-finance,    , 200",
            "auditor,    iom-audit,      , 200",
            "admin,      iom-admin,      , 403",
            "partner,    ngo-rosa,       , 403",
    })
    void whoSeesAnEntitlementItsLedgerAndItsCasesReport(String role, String org, String country, int status) {
        Traveller t = GrantFixture.applicant(34);
        UUID caseId = grants.approve(Programme.VICTIMS_OF_TRAFFICKING, true, 1, t);
        String id = GrantFixture.entitlementOf(caseId, t.memberId());
        var token = TestTokens.role(role).org(org);
        if (country != null) {
            token.country(country);
        }
        String signed = token.sign();
        given().auth().oauth2(signed).get("/api/v1/entitlements/" + id).then().statusCode(status);
        given().auth().oauth2(signed).get("/api/v1/entitlements/" + id + "/ledger").then().statusCode(status);
        given().auth().oauth2(signed).get("/api/v1/cases/" + caseId + "/entitlements").then().statusCode(status);
        given().auth().oauth2(signed).get("/api/v1/reports/cases/" + caseId).then().statusCode(status);
        if (status == 404) {
            given().auth().oauth2(TestTokens.of(Roles.AUDITOR, "iom-audit")).queryParam("resourceId", id)
                    .get("/api/v1/audit").then().body("items.outcome", hasItem("NOT_YOURS"));
        }
    }
}
