package dev.avrr.grant.conversion;

import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.available;
import static dev.avrr.grant.GrantFixture.figure;
import static dev.avrr.grant.GrantFixture.money;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.grant.GrantFixture;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.ConversionMade;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The conversion rules (docs/domain.md#conversion-rules) as a table, each row through HTTP on a victim of trafficking's package (the
 * mother's, or her child's): 1,000 NOK from one category into another is converted (201), or refused with a 422
 * that names the rule and changes nothing.
 */
@QuarkusTest
class ConversionPolicyTest {

    @Inject
    GrantFixture grants;

    @Inject
    Events events;

    private static ValidatableResponse convert(String entitlementId, String from, String to, String amount) {
        return given().auth().oauth2(MISSION).contentType("application/json")
                .body("{\"from\":\"%s\",\"to\":\"%s\",\"amount\":%s,\"reason\":\"Testa Fiktivsen lives with her aunt\"}"
                        .formatted(from, to, money(amount)))
                .post("/api/v1/entitlements/" + entitlementId + "/conversions").then();
    }

    private String entitlement(String who) {
        Traveller mother = GrantFixture.applicant(29);
        Traveller child = GrantFixture.child(8);
        UUID caseId = grants.approve(Programme.VICTIMS_OF_TRAFFICKING, true, 2, mother, child);
        return GrantFixture.entitlementOf(caseId, (who.equals("adult") ? mother : child).memberId());
    }

    @ParameterizedTest(name = "{0}: {1} → {2} is {3} {4}")
    @CsvSource({
            "adult, ACCOMMODATION,                 EDUCATION_BUSINESS_EMPLOYMENT, 201, ",
            "adult, ACCOMMODATION,                 MEDICAL_AID,                   201, ",
            "adult, MEDICAL_AID,                   EDUCATION_BUSINESS_EMPLOYMENT, 201, ",
            "adult, SUBSISTENCE,                   EDUCATION_BUSINESS_EMPLOYMENT, 201, ",
            "adult, EDUCATION_BUSINESS_EMPLOYMENT, ACCOMMODATION,                 422, no-conversion-into-accommodation",
            "adult, MEDICAL_AID,                   ACCOMMODATION,                 422, no-conversion-into-accommodation",
            "adult, SUBSISTENCE,                   ACCOMMODATION,                 422, no-conversion-into-accommodation",
            "adult, ACCOMMODATION,                 SUBSISTENCE,                   422, in-kind-never-cash",
            "adult, EDUCATION_BUSINESS_EMPLOYMENT, SUBSISTENCE,                   422, in-kind-never-cash",
            "adult, MEDICAL_AID,                   SUBSISTENCE,                   422, in-kind-never-cash",
            "adult, SUBSISTENCE,                   MEDICAL_AID,                   422, conversion-not-provided",
            "adult, EDUCATION_BUSINESS_EMPLOYMENT, MEDICAL_AID,                   422, conversion-not-provided",
            "minor, EDUCATION_BUSINESS_EMPLOYMENT, ACCOMMODATION,                 201, ",
            "minor, MEDICAL_AID,                   ACCOMMODATION,                 201, ",
            "minor, SUBSISTENCE,                   ACCOMMODATION,                 201, ",
            "minor, ACCOMMODATION,                 EDUCATION_BUSINESS_EMPLOYMENT, 201, ",
            "minor, SUBSISTENCE,                   EDUCATION_BUSINESS_EMPLOYMENT, 422, subsistence-conversion-adults-only",
    })
    void theConversionRules(String who, String from, String to, int status, String rule) {
        String id = entitlement(who);
        BigDecimal fromBefore = available(id, from);
        BigDecimal toBefore = available(id, to);
        ValidatableResponse r = convert(id, from, to, "1000.00").statusCode(status);
        BigDecimal moved = status == 201 ? new BigDecimal("1000.00") : BigDecimal.ZERO.setScale(2);
        if (status == 422) {
            r.body("rule", equalTo(rule)).body("type", equalTo("urn:avrr:problem:business-rule"));
        }
        assertEquals(fromBefore.subtract(moved), available(id, from));
        assertEquals(toBefore.add(moved), available(id, to));
        assertEquals(moved, figure(id, from, "convertedOut"));
        assertEquals(moved, figure(id, to, "convertedIn"));
    }

    @Test
    void theVulnerableGroupsPackageFollowsTheSameRules() {
        String id = grants.single(Programme.VULNERABLE_GROUPS, 35);
        convert(id, "HOUSING", "EDUCATION_BUSINESS", "2500.00").statusCode(201);
        convert(id, "MEDICAL", "HOUSING", "500.00").statusCode(422).body("rule", equalTo("no-conversion-into-accommodation"));
        assertEquals(new BigDecimal("26500.00"), available(id, "EDUCATION_BUSINESS"));
    }

    @Test
    void aCashGrantIsNotConvertedAndNoConversionTakesMoreThanIsLeft() {
        String udi = grants.single(Programme.UDI_STANDARD, 33);
        given().auth().oauth2(GrantFixture.FINANCE).get("/api/v1/entitlements/" + udi).then()
                .body("categories.code", org.hamcrest.Matchers.contains("CASH_GRANT"));
        String vot = entitlement("adult");
        convert(vot, "ACCOMMODATION", "EDUCATION_BUSINESS_EMPLOYMENT", "5000.01").statusCode(422)
                .body("rule", equalTo("within-balance"));
        convert(vot, "ACCOMMODATION", "EDUCATION_BUSINESS_EMPLOYMENT", "0.00").statusCode(422)
                .body("rule", equalTo("positive-amount"));
        convert(vot, "ACCOMMODATION", "EDUCATION_BUSINESS_EMPLOYMENT", "-1.00").statusCode(422)
                .body("rule", equalTo("positive-amount"));
        given().auth().oauth2(MISSION).contentType("application/json")
                .body("{\"from\":\"ACCOMMODATION\",\"to\":\"MEDICAL_AID\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"},\"reason\":\"x\"}")
                .post("/api/v1/entitlements/" + vot + "/conversions").then().statusCode(422)
                .body("rule", equalTo("programme-currency"));
        convert(vot, "ACCOMMODATION", "NO_SUCH_CATEGORY", "1.00").statusCode(400)
                .body("violations[0].field", equalTo("to"));
        assertEquals(new BigDecimal("5000.00"), available(vot, "ACCOMMODATION"));
        convert(vot, "ACCOMMODATION", "EDUCATION_BUSINESS_EMPLOYMENT", "5000.00").statusCode(201);
        assertEquals(new BigDecimal("0.00"), available(vot, "ACCOMMODATION"));
    }

    @Test
    void everyConversionIsRecordedWhoWhenFromToAmountAndReasonAndAnnouncedWithoutTheReason() {
        String id = entitlement("adult");
        String etag = given().auth().oauth2(MISSION).get("/api/v1/entitlements/" + id).then().extract().header("ETag");
        given().auth().oauth2(MISSION).contentType("application/json").header("If-Match", "\"999\"")
                .body("{\"from\":\"MEDICAL_AID\",\"to\":\"EDUCATION_BUSINESS_EMPLOYMENT\",\"amount\":%s,\"reason\":\"r\"}"
                        .formatted(money("2000.00")))
                .post("/api/v1/entitlements/" + id + "/conversions").then().statusCode(412);
        String conversionId = given().auth().oauth2(MISSION).contentType("application/json").header("If-Match", etag)
                .body("{\"from\":\"MEDICAL_AID\",\"to\":\"EDUCATION_BUSINESS_EMPLOYMENT\",\"amount\":%s,"
                        .formatted(money("2000.00")) + "\"reason\":\"Testa Fiktivsen needs no treatment\"}")
                .post("/api/v1/entitlements/" + id + "/conversions").then().statusCode(201)
                .body("convertedBy", org.hamcrest.Matchers.notNullValue())
                .body("convertedAt", org.hamcrest.Matchers.notNullValue()).extract().path("id");
        given().auth().oauth2(GrantFixture.CASEWORKER).get("/api/v1/entitlements/" + id + "/conversions").then()
                .statusCode(200).body("[0].id", equalTo(conversionId)).body("[0].from", equalTo("MEDICAL_AID"))
                .body("[0].to", equalTo("EDUCATION_BUSINESS_EMPLOYMENT")).body("[0].amount.amount", equalTo("2000.00"))
                .body("[0].reason", equalTo("Testa Fiktivsen needs no treatment"))
                .body("[0].convertedByOrg", equalTo("iom-mission-et"));
        given().auth().oauth2(GrantFixture.FINANCE).get("/api/v1/entitlements/" + id + "/conversions").then()
                .statusCode(200).body("[0].reason", org.hamcrest.Matchers.nullValue());
        var announced = EventProbe.await("avrr.grant",
                r -> r.value().contains(ConversionMade.TYPE) && r.value().contains(conversionId), 1,
                Duration.ofSeconds(20));
        assertEquals(1, announced.size());
        ConversionMade.Moved moved = events.personal(events.parse(announced.get(0).value()), ConversionMade.Moved.class)
                .orElseThrow();
        assertEquals("MEDICAL_AID", moved.fromCategory());
        assertEquals("EDUCATION_BUSINESS_EMPLOYMENT", moved.toCategory());
        assertEquals(new BigDecimal("2000.00"), moved.amount());
        assertFalse(announced.get(0).value().contains("MEDICAL_AID"), "the categories travel sealed");
        assertFalse(announced.get(0).value().contains("Fiktivsen"), "the reason never leaves the service");
    }
}
