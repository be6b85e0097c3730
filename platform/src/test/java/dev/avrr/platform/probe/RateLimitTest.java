package dev.avrr.platform.probe;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An organisation that sends more than it may gets a 429 with Retry-After and nothing done, while another
 * organisation is served as usual; the OpenAPI document tells every client so.
 */
@QuarkusTest
class RateLimitTest {

    @Test
    void anOrganisationBeyondItsAllowanceIsToldToWaitAndOthersAreNot() {
        String limited = TestTokens.of(Roles.AUDITOR, "org-rate-limited");
        int refused = 0;
        Response last = null;
        for (int i = 0; i < 30; i++) {
            Response r = given().auth().oauth2(limited).get("/api/v1/audit?size=1");
            if (r.statusCode() == 429) {
                refused++;
                last = r;
            } else {
                assertEquals(200, r.statusCode());
            }
        }
        assertTrue(refused > 0, "30 requests at once exceed an allowance of 2 per second (burst 8)");
        assertEquals("urn:avrr:problem:rate-limited", last.jsonPath().getString("type"));
        assertTrue(last.contentType().startsWith("application/problem+json"));
        assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);
        given().auth().oauth2(TestTokens.of(Roles.AUDITOR, "iom-audit")).get("/api/v1/audit?size=1").then()
                .statusCode(200);
    }

    @Test
    void everyOperationDocumentsTheLimit() {
        String document = given().accept("application/json").get("/q/openapi?format=json").asString();
        assertTrue(document.contains("\"429\"") && document.contains("Retry-After"), "the 429 is documented");
    }
}
