package dev.avrr.platform.probe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.http.ApiLimits;
import dev.avrr.platform.time.Now;
import dev.avrr.platform.time.PastDates;
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
    void aDuplicatedKeyIsRefusedByName() {
        post("{\"label\":\"x\",\"count\":1,\"label\":\"y\"}").statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("label"));
        post("{\"label\":\"x\",\"count\":1,\"nested\":{\"code\":\"a\",\"code\":\"b\"}}").statusCode(400)
                .body("violations.field", hasItem("nested.code"));
    }

    @Test
    void contentAfterTheJsonIsRefused() {
        post("{\"label\":\"x\",\"count\":1} {}").statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:avrr:problem:malformed-request"));
        post("{\"label\":\"x\",\"count\":1}garbage").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void noValueIsCoercedIntoAnotherType() {
        post("{\"label\":5,\"count\":1}").statusCode(400).body("violations.field", hasItem("label"));
        post("{\"label\":true,\"count\":1}").statusCode(400).body("violations.field", hasItem("label"));
        post("{\"label\":\"x\",\"count\":\"1\"}").statusCode(400).body("violations.field", hasItem("count"));
        post("{\"label\":\"x\",\"count\":1.5}").statusCode(400).body("violations.field", hasItem("count"));
        post("{\"label\":\"x\",\"count\":1,\"fail\":\"true\"}").statusCode(400)
                .body("violations.field", hasItem("fail"));
        post("{\"label\":\"x\",\"count\":1,\"fail\":1}").statusCode(400).body("violations.field", hasItem("fail"));
        post("{\"label\":\"x\",\"count\":1,\"day\":20260101}").statusCode(400)
                .body("violations.field", hasItem("day"));
        post("{\"label\":\"x\",\"count\":1,\"at\":1767225600}").statusCode(400)
                .body("violations.field", hasItem("at"));
    }

    @Test
    void moneyIsADecimalString() {
        post("{\"label\":\"x\",\"count\":1,\"amount\":\"8000.00\"}").statusCode(201);
        post("{\"label\":\"x\",\"count\":1,\"amount\":\"a lot\"}").statusCode(400)
                .body("violations.field", hasItem("amount"));
    }

    @Test
    void datesAreWithinSaneBounds() {
        for (String day : new String[] { "-0001-01-01", "0000-01-01", "1899-12-31", "2200-01-01", "+10000-01-01",
                "2026-02-30" }) {
            post("{\"label\":\"x\",\"count\":1,\"day\":\"" + day + "\"}").statusCode(400)
                    .body("violations.field", hasItem("day"));
        }
        post("{\"label\":\"x\",\"count\":1,\"at\":\"-0001-01-01T00:00:00Z\"}").statusCode(400)
                .body("violations.field", hasItem("at"));
        post("{\"label\":\"x\",\"count\":1,\"day\":\"1900-01-01\",\"at\":\"2199-12-31T23:59:59Z\"}")
                .statusCode(201);
    }

    @Test
    void textAndListsBeyondTheApiLimitsAreRefusedByName() {
        // "key" states no size of its own: the API's limit for text holds.
        String longest = "k".repeat(ApiLimits.MAX_TEXT);
        post("{\"label\":\"x\",\"count\":1,\"key\":\"" + longest + "k\"}").statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("key"))
                .body("violations[0].message", containsString(ApiLimits.MAX_TEXT + " characters"));
        String item = "{\"code\":\"c\"}";
        String tooMany = String.join(",", Collections.nCopies(ApiLimits.MAX_ITEMS + 1, item));
        post("{\"label\":\"x\",\"count\":1,\"items\":[" + tooMany + "]}").statusCode(400)
                .body("violations.field", hasItem("items"))
                .body("violations[0].message", containsString(ApiLimits.MAX_ITEMS + " items"));
        String enough = String.join(",", Collections.nCopies(ApiLimits.MAX_ITEMS, item));
        post("{\"label\":\"x\",\"count\":1,\"items\":[" + enough + "]}").statusCode(201);
    }

    @Test
    void overLongParametersAndHeadersAreRefusedByName() {
        given().auth().oauth2(Probes.CASEWORKER).queryParam("label", "r".repeat(ApiLimits.MAX_PARAMETER + 1))
                .contentType("application/json").body("{\"label\":\"x\",\"count\":1}").post("/api/v1/probes")
                .then().statusCode(400).body("violations.field", hasItem("label"));
        given().auth().oauth2(Probes.CASEWORKER).header("If-Match", "\"" + "1".repeat(ApiLimits.MAX_PARAMETER) + "\"")
                .contentType("application/json").body("{\"label\":\"x\",\"count\":1}").post("/api/v1/probes")
                .then().statusCode(400).body("violations.field", hasItem("If-Match"));
    }

    @Test
    void textWithControlCharactersIsRefusedByName() {
        post("{\"label\":\"a\\u0000b\",\"count\":1}").statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("label"))
                .body("violations[0].message", containsString("control character"));
        post("{\"label\":\"a\\u001bb\",\"count\":1}").statusCode(400).body("violations.field", hasItem("label"));
        post("{\"label\":\"x\",\"count\":1,\"items\":[{\"code\":\"\\u0007\"}]}").statusCode(400)
                .body("violations.field", hasItem("items[0].code"));
        // Line breaks and tabs are text.
        post("{\"label\":\"line\\nbreak\\ttab\",\"count\":1}").statusCode(201);
    }

    @Test
    void aBodyIsReadInUtf8Only() {
        given().auth().oauth2(Probes.CASEWORKER).contentType("application/json; charset=ISO-8859-1")
                .body("{\"label\":\"x\",\"count\":1}").post("/api/v1/probes").then().statusCode(415)
                .contentType("application/problem+json");
        given().auth().oauth2(Probes.CASEWORKER).contentType("application/json; charset=UTF-8")
                .body("{\"label\":\"x\",\"count\":1}").post("/api/v1/probes").then().statusCode(201);
    }

    @Test
    void queryParametersAreCheckedBeforeAnyQuery() {
        String auditor = dev.avrr.testing.TestTokens.of(dev.avrr.vocabulary.Roles.AUDITOR, "iom-audit");
        for (String query : new String[] { "page=2147483647", "page=2147483647&size=100", "page=-1",
                "page=99999999999", "page=abc", "size=0", "size=1e2" }) {
            given().auth().oauth2(auditor).get("/api/v1/audit?" + query).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem(query.startsWith("size") ? "size" : "page"));
        }
        // Sent as the fuzzer sent them: percent-encoded, not encoded again.
        given().auth().oauth2(auditor).urlEncodingEnabled(false).get("/api/v1/audit?resourceId=%00").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("resourceId"));
        given().auth().oauth2(auditor).urlEncodingEnabled(false).get("/api/v1/audit?resourceType=a%1Fb").then().statusCode(400)
                .body("violations.field", hasItem("resourceType"));
        given().auth().oauth2(auditor).get("/api/v1/audit?page=10000&size=100").then().statusCode(200);
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

    @Test
    void aDateOfWhatHappenedAfterTodayIsA422NamingTheRuleAndTheField() {
        String tomorrow = Now.today().plusDays(1).toString();
        post("{\"label\":\"x\",\"count\":1,\"happenedOn\":\"" + tomorrow + "\"}").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:avrr:problem:business-rule"))
                .body("rule", equalTo(PastDates.RULE))
                .body("violations.field", contains("happenedOn"));
        post("{\"label\":\"x\",\"count\":1,\"happenedOn\":\"" + Now.today() + "\"}").statusCode(201);
    }

    @Test
    void aBodyWithOtherInvalidFieldsIsA400NamingThemAllFirst() {
        String tomorrow = Now.today().plusDays(1).toString();
        post("{\"count\":1,\"happenedOn\":\"" + tomorrow + "\"}").statusCode(400)
                .body("type", equalTo("urn:avrr:problem:validation-failed"))
                .body("violations.field", containsInAnyOrder("label", "happenedOn"));
    }

    @Test
    void theBoundReadsTheRulesClockNotTheSystems() {
        LocalDate systemToday = LocalDate.now(ZoneOffset.UTC);
        try (Now.Fixed ignored = Now.fixedAt(systemToday.plusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            post("{\"label\":\"x\",\"count\":1,\"happenedOn\":\"" + systemToday.plusDays(5) + "\"}")
                    .statusCode(201);
            post("{\"label\":\"x\",\"count\":1,\"happenedOn\":\"" + systemToday.plusDays(11) + "\"}")
                    .statusCode(422).body("rule", equalTo(PastDates.RULE));
        }
        post("{\"label\":\"x\",\"count\":1,\"happenedOn\":\"" + systemToday.plusDays(5) + "\"}").statusCode(422);
    }
}
