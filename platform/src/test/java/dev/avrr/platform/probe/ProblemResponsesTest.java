package dev.avrr.platform.probe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ProblemResponsesTest {

    private ValidatableResponse post(String body) {
        return given().auth().oauth2(Probes.CASEWORKER).contentType("application/json").body(body)
                .post("/api/v1/probes").then();
    }

    @Test
    void malformedJsonIsA400ProblemOfItsOwnType() {
        post("{\"label\": \"x\",").statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:avrr:problem:malformed-request"))
                .body("status", equalTo(400))
                .body("correlationId", notNullValue());
    }

    @Test
    void aWrongTypeNamesTheField() {
        post("{\"label\":\"x\",\"count\":\"many\"}").statusCode(400)
                .body("type", equalTo("urn:avrr:problem:validation-failed"))
                .body("violations.field", hasItem("count"));
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        post("{\"label\":\"x\",\"count\":1,\"colour\":\"BLUE\"}").statusCode(400)
                .body("violations[0].field", equalTo("colour"))
                .body("violations[0].message", containsString("RED, GREEN"));
    }

    @Test
    void anOverLongStringNamesTheField() {
        post("{\"label\":\"" + "x".repeat(41) + "\",\"count\":1}").statusCode(400)
                .body("violations.field", hasItem("label"));
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        post("{\"count\":1}").statusCode(400).body("violations.field", hasItem("label"));
    }

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        post("{\"label\":\"x\",\"count\":1,\"nested\":{\"code\":\"" + "y".repeat(11) + "\"}}").statusCode(400)
                .body("violations.field", hasItem("nested.code"));
        post("{\"label\":\"x\",\"count\":1,\"items\":[{\"code\":\"ok\"},{\"code\":\"\"}]}").statusCode(400)
                .body("violations.field", hasItem("items[1].code"));
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        post("{\"label\":\"x\",\"count\":1,\"colour\":\"RED\",\"favouriteFood\":\"soup\"}").statusCode(400)
                .body("violations[0].field", equalTo("favouriteFood"));
    }

    @Test
    void aFaultIsA500WithACorrelationIdAndNothingInside() {
        String offered = "3F2504E0-4F89-41D3-9A0C-0305E82C3301";
        given().auth().oauth2(Probes.CASEWORKER).header("X-Correlation-Id", offered)
                .post("/api/v1/probes/boom").then()
                .statusCode(500).contentType("application/problem+json")
                .header("X-Correlation-Id", offered.toLowerCase())
                .body("correlationId", equalTo(offered.toLowerCase()))
                .body(not(containsString("Kari")))
                .body(not(containsString("SELECT")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at dev.avrr")));
    }

    @Test
    void aConcurrentChangeIsA412() {
        given().auth().oauth2(Probes.CASEWORKER).post("/api/v1/probes/stale").then().statusCode(412)
                .body("type", equalTo("urn:avrr:problem:precondition-failed"));
    }

    @Test
    void anUnknownRecordIsA404Problem() {
        given().auth().oauth2(Probes.CASEWORKER).get("/api/v1/probes/" + java.util.UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:avrr:problem:not-found"));
    }

    @Test
    void anUnsafeCorrelationIdIsReplaced() {
        given().auth().oauth2(Probes.CASEWORKER).header("X-Correlation-Id", "<script>alert(1)</script>")
                .get("/api/v1/probes/" + java.util.UUID.randomUUID()).then()
                .header("X-Correlation-Id", not(containsString("<")))
                .header("X-Correlation-Id", not(startsWith("<")));
    }

    @Test
    void aCorrelationIdThatIsNotAUuidIsReplacedSoNoIdentityNumberTravelsInIt() {
        String fictionalFodselsnummer = "01017012345";
        String answered = given().auth().oauth2(Probes.CASEWORKER).header("X-Correlation-Id", fictionalFodselsnummer)
                .get("/api/v1/probes/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .extract().header("X-Correlation-Id");
        org.junit.jupiter.api.Assertions.assertNotEquals(fictionalFodselsnummer, answered);
        java.util.UUID.fromString(answered);
    }
}
