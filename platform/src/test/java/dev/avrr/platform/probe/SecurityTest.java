package dev.avrr.platform.probe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.avrr.testing.ApiContract;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SecurityTest {

    private static final String BODY = "{\"label\":\"x\",\"count\":1}";

    private void expect401(String token) {
        var request = given().contentType("application/json").body(BODY);
        if (token != null) {
            request.auth().oauth2(token);
        }
        request.post("/api/v1/probes").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:avrr:problem:unauthenticated"));
    }

    @Test
    void noTokenIs401() {
        expect401(null);
    }

    @Test
    void anExpiredTokenIs401() {
        expect401(TestTokens.role(Roles.CASEWORKER).org("iom-oslo").expired().sign());
    }

    @Test
    void aTokenIsRefusedAtItsExpiryWithoutGrace() {
        // MicroProfile JWT's default accepts a token for 60 s after its expiry; AVRR's default is none.
        expect401(TestTokens.role(Roles.CASEWORKER).org("iom-oslo").expiredSecondsAgo(2).sign());
    }

    @Test
    void aTamperedTokenIs401() {
        expect401(TestTokens.role(Roles.CASEWORKER).org("iom-oslo").tampered());
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        expect401(TestTokens.role(Roles.CASEWORKER).org("iom-oslo").issuer("https://evil.example/issuer").sign());
    }

    @Test
    void garbageIs401() {
        expect401("not.a.token");
    }

    @Test
    void aRoleThatIsNotListedIs403() {
        given().auth().oauth2(TestTokens.of(Roles.PARTNER, "ngo-a")).contentType("application/json").body(BODY)
                .post("/api/v1/probes").then().statusCode(403)
                .body("type", equalTo("urn:avrr:problem:forbidden"));
    }

    @Test
    void aTokenOfAnUnregisteredOrganisationIs403NamingTheRule() {
        given().auth().oauth2(TestTokens.role(Roles.CASEWORKER).org("iom-nowhere").unregistered().sign())
                .contentType("application/json").body(BODY).post("/api/v1/probes").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:avrr:problem:unknown-organisation"))
                .body("detail", equalTo("The organisation in the token's 'org' claim is not registered"));
        // Registered while the service runs: the registry file is read again, no restart needed.
        given().auth().oauth2(TestTokens.role(Roles.CASEWORKER).org("iom-nowhere").sign()).contentType(
                "application/json").body(BODY).post("/api/v1/probes").then().statusCode(org.hamcrest.Matchers.not(403));
    }

    @Test
    void everyOperationRefusesAnUnregisteredOrganisation() {
        ApiContract.assertEveryOperationRefusesAnUnregisteredOrganisation();
    }

    @Test
    void everyOperationDeniesByDefault() {
        ApiContract.assertEveryOperationDeniesByDefault();
    }

    @Test
    void everyOperationIsDocumentedAndItsExamplesWork() {
        ApiContract.assertEveryOperationIsDocumented();
        ApiContract.sendEveryRequestExample(role -> TestTokens.of(role, "org-example"));
    }
}
