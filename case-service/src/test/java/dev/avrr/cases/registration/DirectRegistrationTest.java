package dev.avrr.cases.registration;

import static dev.avrr.cases.CaseApi.HELSINKI;
import static dev.avrr.cases.CaseApi.OSLO;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A caseworker registers a case directly for a person who applied to IOM themselves (docs/domain.md#the-norwegian-route,
 * "kontakte IOM direkte"), for the caseworker's own office, on the Norwegian route; Swedish cases come from the
 * coordinator's referral (docs/domain.md#the-swedish-route).
 */
@QuarkusTest
class DirectRegistrationTest {

    private static ValidatableResponse post(String token, String key, String body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/cases").then();
    }

    @Test
    void aCaseIsRegisteredForTheCaseworkersOffice() {
        String body = CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), """
                [{"givenName":"Testo","familyName":"Fiktivsen","dateOfBirth":"2016-05-05","relation":"CHILD"}]""");
        String id = post(OSLO, null, body).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/cases/")).extract().path("id");
        CaseApi.read(OSLO, id).statusCode(200).header("ETag", notNullValue())
                .body("office", equalTo("iom-oslo")).body("jurisdiction", equalTo("NO"))
                .body("programme", equalTo("VULNERABLE_GROUPS")).body("status", equalTo("REGISTERED"))
                .body("registrationSource", equalTo("DIRECT")).body("countryOfReturn", equalTo("ET"))
                .body("applicant.memberId", notNullValue()).body("household[0].memberId", notNullValue())
                .body("household[0].relation", equalTo("CHILD"))
                // Consent is only what the person gave: the registration records none of its own.
                .body("consents", org.hamcrest.Matchers.empty());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstCase() {
        String key = "register-" + UUID.randomUUID();
        String body = CaseApi.registration("UDI_STANDARD", LocalDate.of(1980, 1, 1), null);
        String first = post(OSLO, key, body).statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        post(OSLO, key, body).statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        post(OSLO, key, body.replace("1980-01-01", "1981-01-01")).statusCode(422)
                .body("type", equalTo("urn:avrr:problem:idempotency-key-reused"));
        // A key that is sent must be a key: empty or blank is refused, naming the header, and registers nothing.
        for (String blank : new String[] { "", "   " }) {
            post(OSLO, blank, body).statusCode(400).body("type", equalTo("urn:avrr:problem:validation-failed"))
                    .body("violations[0].field", equalTo("Idempotency-Key"));
        }
    }

    @Test
    void swedishCasesComeFromTheCoordinator() {
        post(HELSINKI, null, CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), null)).statusCode(422)
                .body("rule", equalTo("swedish-cases-come-from-the-coordinator"));
        post(OSLO, null, CaseApi.registration("SWEDISH_AVRR", LocalDate.of(1990, 1, 1), null)).statusCode(400)
                .body("violations[0].field", equalTo("programme"));
    }

    @Test
    void theDepartureDeadlineBelongsToUdisStandardProgramme() {
        String withDeadline = CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), null)
                .replace("\"countryOfReturn\"", "\"departureDeadline\":\"2026-01-31\",\"countryOfReturn\"");
        post(OSLO, null, withDeadline).statusCode(400).body("violations[0].field", equalTo("departureDeadline"));
        post(OSLO, null, withDeadline.replace("VULNERABLE_GROUPS", "UDI_STANDARD")).statusCode(201)
                .body("departureDeadline", equalTo("2026-01-31"));
    }

    @Test
    void identifiersAreCheckedAndAWarningKept() {
        String body = CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1999, 12, 31), null)
                .replace("{\"type\":\"DUF_NUMBER\",\"value\":\"200205705502\"}",
                        "{\"type\":\"DUF_NUMBER\",\"value\":\"200205705503\"},{\"type\":\"FODSELSNUMMER\",\"value\":\"31129956715\"}");
        post(OSLO, null, body).statusCode(201)
                .body("applicant.identifiers[0].check", equalTo("WARNING"))
                .body("applicant.identifiers[0].message", notNullValue())
                .body("applicant.identifiers[1].check", equalTo("VALID"));
    }

    @Test
    void theApplicantsBirthIsADateOrAnEstimatedYear() {
        post(OSLO, null, CaseApi.registrationEstimated("UDI_STANDARD", 1985)).statusCode(201)
                .body("applicant.estimatedBirthYear", equalTo(1985));
        post(OSLO, null, CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), null)
                .replace("\"dateOfBirth\":\"1990-01-01\",", "")).statusCode(400)
                .body("violations[0].field", equalTo("applicant.dateOfBirth"));
    }
}
