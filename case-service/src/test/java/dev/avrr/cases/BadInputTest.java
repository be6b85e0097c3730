package dev.avrr.cases;

import static dev.avrr.cases.CaseApi.OSLO;
import static dev.avrr.cases.CaseApi.OTHER_OFFICE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Bad input: arrival before departure, a date of birth in the future, a decision recorded twice, a
 * transition from the wrong state answer 400 or 409 naming what failed; another office's case is 404. None of
 * them changes anything, and no problem repeats a person's data.
 */
@QuarkusTest
class BadInputTest {

    @Test
    void anArrivalBeforeTheDepartureIsRefused() {
        String id = CaseApi.departedAdult();
        CaseApi.post(OSLO, id, "arrival", "{\"arrivedOn\":\"%s\"}".formatted(CaseApi.today().minusDays(1)))
                .statusCode(422).body("rule", equalTo("arrival-before-departure"));
        CaseApi.read(OSLO, id).body("status", equalTo("DEPARTED"));
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        given().auth().oauth2(OSLO).contentType("application/json")
                .body(CaseApi.registration("VULNERABLE_GROUPS", CaseApi.today().plusDays(1), null))
                .post("/api/v1/cases").then().statusCode(422).body("rule", equalTo("date-in-future"))
                .body("violations[0].field", equalTo("applicant.dateOfBirth"));
        given().auth().oauth2(OSLO).contentType("application/json")
                .body(CaseApi.registrationEstimated("VULNERABLE_GROUPS", CaseApi.today().getYear() + 1))
                .post("/api/v1/cases").then().statusCode(422).body("rule", equalTo("date-in-future"))
                .body("violations[0].field", equalTo("applicant.estimatedBirthYear"));
    }

    @Test
    void aDecisionRecordedTwiceIsAConflictNamingTheState() {
        String id = CaseApi.registerAdult();
        CaseApi.approved(id);
        CaseApi.udiDecision(id, "APPROVED", null).statusCode(409).body("state", equalTo("UDI_APPROVED"))
                .body("guard", equalTo("record-udi-approval is allowed only from SUBMITTED_TO_UDI"));
        CaseApi.udiDecision(id, "REJECTED", "Fictional").statusCode(409).body("state", equalTo("UDI_APPROVED"));
        CaseApi.read(CaseApi.UDI, id).body("decisions.size()", equalTo(1));
    }

    @Test
    void aTransitionFromTheWrongStateIsAConflictNamingTheState() {
        String id = CaseApi.registerAdult();
        CaseApi.depart(OSLO, id).statusCode(409).body("type", equalTo("urn:avrr:problem:state-conflict"))
                .body("state", equalTo("REGISTERED")).body("guard", equalTo("udi-approval-missing"));
        CaseApi.arrive(OSLO, id).statusCode(409).body("state", equalTo("REGISTERED"))
                .body("guard", equalTo("confirm-arrival is allowed only from DEPARTED"));
        CaseApi.post(OSLO, id, "udi-submission", null).statusCode(409).body("guard", equalTo("eligibility-not-assessed"));
        CaseApi.post(OSLO, id, "closure", "{\"endedOn\":\"%s\"}".formatted(CaseApi.today())).statusCode(409)
                .body("state", equalTo("REGISTERED"));
        CaseApi.read(OSLO, id).body("status", equalTo("REGISTERED"));
    }

    @Test
    void anotherOfficesCaseIsNotFound() {
        String id = CaseApi.registerAdult();
        CaseApi.read(OTHER_OFFICE, id).statusCode(404);
        CaseApi.assess(OTHER_OFFICE, id, "{\"assessedOn\":\"%s\"}".formatted(CaseApi.today())).statusCode(404);
        CaseApi.post(OTHER_OFFICE, id, "withdrawal", "{\"endedOn\":\"%s\",\"reason\":\"OTHER\"}"
                .formatted(CaseApi.today())).statusCode(404);
        CaseApi.read(OSLO, id).body("status", equalTo("REGISTERED"));
    }

    @Test
    void anInvalidIdentifierIsRefusedWithoutRepeatingIt() {
        String body = CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1999, 12, 31), null)
                .replace("{\"type\":\"DUF_NUMBER\",\"value\":\"200205705502\"}",
                        "{\"type\":\"DUF_NUMBER\",\"value\":\"200205705502\"},{\"type\":\"FODSELSNUMMER\",\"value\":\"31129956716\"}");
        given().auth().oauth2(OSLO).contentType("application/json").body(body).post("/api/v1/cases").then()
                .statusCode(400).body("violations[0].field", equalTo("applicant.identifiers[1].value"))
                .body(not(containsString("31129956716")));
    }

    @Test
    void malformedInputNamesTheField() {
        given().auth().oauth2(OSLO).contentType("application/json")
                .body(CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), null).replace("\"programme\"",
                        "\"programmme\"")).post("/api/v1/cases").then().statusCode(400)
                .body("violations[0].field", equalTo("programmme"));
        given().auth().oauth2(OSLO).contentType("application/json")
                .body(CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), null).replace("\"ET\"", "\"XX\""))
                .post("/api/v1/cases").then().statusCode(400).body("violations[0].field", equalTo("countryOfReturn"));
        String id = CaseApi.registerAdult();
        CaseApi.approved(id);
        CaseApi.prepared(OSLO, id);
        CaseApi.post(OSLO, id, "travel-booking", """
                {"departureDate":"%s","from":"OSL","to":"ADD","transitPoints":[]}""".formatted(CaseApi.today().minusDays(1)))
                .statusCode(400).body("violations[0].field", equalTo("departureDate"));
        CaseApi.post(OSLO, id, "travel-booking", """
                {"departureDate":"%s","from":"Oslo","to":"ADD","transitPoints":[]}""".formatted(CaseApi.departureDate()))
                .statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(OSLO).queryParam("programme", "HOLIDAY").get("/api/v1/cases").then().statusCode(400)
                .body("violations[0].field", equalTo("programme"));
    }

    @Test
    void udiDatesAndReasonsAreChecked() {
        String id = CaseApi.registerAdult();
        CaseApi.submitted(id);
        CaseApi.post(CaseApi.UDI, id, "udi-decision", """
                {"outcome":"REJECTED","decidedOn":"%s","legalBasis":"Fictional"}""".formatted(CaseApi.today()))
                .statusCode(400).body("violations[0].field", equalTo("reason"));
        CaseApi.post(CaseApi.UDI, id, "udi-decision", """
                {"outcome":"APPROVED","decidedOn":"%s","legalBasis":"Fictional"}""".formatted(CaseApi.today().minusDays(1)))
                .statusCode(400).body("violations[0].field", equalTo("decidedOn"));
        CaseApi.read(CaseApi.UDI, id).body("status", equalTo("SUBMITTED_TO_UDI"));
    }
}
