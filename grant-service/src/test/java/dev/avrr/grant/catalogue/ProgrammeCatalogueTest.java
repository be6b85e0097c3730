package dev.avrr.grant.catalogue;

import static dev.avrr.grant.GrantFixture.FINANCE;
import static dev.avrr.grant.GrantFixture.applicant;
import static dev.avrr.grant.GrantFixture.child;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.grant.GrantFixture;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.CaseSpecifics;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.ReturnCompleted;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The programme catalogue as data (docs/domain.md#the-reintegration-grants): the seeded packages to the krone, versions with validity dates,
 * the admin's new version, and allocations that keep the version they were made under.
 */
@QuarkusTest
class ProgrammeCatalogueTest {

    private static final String ADMIN = TestTokens.of(Roles.ADMIN, "iom-admin");

    @Inject
    GrantFixture grants;

    @Inject
    Events events;

    private static JsonPath version1(String programme) {
        return given().auth().oauth2(FINANCE).get("/api/v1/programmes/" + programme + "/versions/1").then()
                .statusCode(200).extract().jsonPath();
    }

    /** The vulnerable-groups and victims-of-trafficking packages and UDI's rates (docs/domain.md#the-reintegration-grants), category by category: code, amount, form, form for a minor. */
    @ParameterizedTest(name = "{0}: {1} {2} {3} (minor {4}), needs-based {5}, evidence {6}")
    @CsvSource({
            "VULNERABLE_GROUPS,      HOUSING,                       8000.00,  IN_KIND, IN_KIND, false, NONE",
            "VULNERABLE_GROUPS,      EDUCATION_BUSINESS,            24000.00, IN_KIND, IN_KIND, false, NONE",
            "VULNERABLE_GROUPS,      MEDICAL,                       2000.00,  IN_KIND, IN_KIND, false, NONE",
            "VULNERABLE_GROUPS,      SUBSISTENCE,                   8000.00,  CASH,    IN_KIND, false, NONE",
            "VICTIMS_OF_TRAFFICKING, ACCOMMODATION,                 5000.00,  IN_KIND, IN_KIND, true,  NONE",
            "VICTIMS_OF_TRAFFICKING, EDUCATION_BUSINESS_EMPLOYMENT, 25000.00, IN_KIND, IN_KIND, false, NONE",
            "VICTIMS_OF_TRAFFICKING, MEDICAL_AID,                   2000.00,  IN_KIND, IN_KIND, true,  PHYSICIAN_STATEMENT",
            "VICTIMS_OF_TRAFFICKING, SUBSISTENCE,                   3000.00,  CASH,    IN_KIND, false, NONE",
            "SWEDISH_AVRR,           ACCOMMODATION,                 5000.00,  IN_KIND, IN_KIND, true,  NONE",
            "SWEDISH_AVRR,           EDUCATION_BUSINESS_EMPLOYMENT, 25000.00, IN_KIND, IN_KIND, false, NONE",
            "SWEDISH_AVRR,           MEDICAL_AID,                   2000.00,  IN_KIND, IN_KIND, true,  PHYSICIAN_STATEMENT",
            "SWEDISH_AVRR,           SUBSISTENCE,                   3000.00,  CASH,    IN_KIND, false, NONE",
    })
    void seededCategories(String programme, String code, String amount, String form, String formForMinor,
            boolean needsBased, String evidence) {
        JsonPath v = version1(programme);
        String c = "categories.find { it.code == '" + code + "' }.";
        assertEquals(amount, v.getString(c + "amount.amount"));
        assertEquals("NOK", v.getString(c + "amount.currency"));
        assertEquals(form, v.getString(c + "form"));
        assertEquals(formForMinor, v.getString(c + "formForMinor"));
        assertEquals(needsBased, v.getBoolean(c + "needsBased"));
        assertEquals(evidence, v.getString(c + "evidenceRequired"));
    }

    @Test
    void vulnerableGroupsIs42000NokAndVictimsOfTraffickingIs35000() {
        assertEquals(List.of("8000.00", "24000.00", "2000.00", "8000.00"),
                version1("VULNERABLE_GROUPS").getList("categories.amount.amount"));
        assertEquals(new BigDecimal("42000.00"), total("VULNERABLE_GROUPS", "ADULT", null));
        assertEquals(new BigDecimal("42000.00"), total("VULNERABLE_GROUPS", "MINOR", null));
        assertEquals(List.of("5000.00", "25000.00", "2000.00", "3000.00"),
                version1("VICTIMS_OF_TRAFFICKING").getList("categories.amount.amount"));
        assertEquals(new BigDecimal("35000.00"), total("VICTIMS_OF_TRAFFICKING", "ADULT", null));
        assertEquals(new BigDecimal("35000.00"), total("VICTIMS_OF_TRAFFICKING", "MINOR", null));
        assertEquals(new BigDecimal("35000.00"), total("SWEDISH_AVRR", "ADULT", null));
        assertEquals("APPLICANT_AND_CHILDREN", version1("SWEDISH_AVRR").getString("beneficiaries"));
        assertEquals("APPLICANT_ONLY", version1("VULNERABLE_GROUPS").getString("beneficiaries"));
    }

    /** The supplement is per accompanying child: a minor who travels alone gets the single amount. */
    @ParameterizedTest(name = "UDI standard: {0} who applied before the deadline {1} gets {2} NOK")
    @CsvSource({
            "ADULT, true,  15000.00",
            "ADULT, false, 5000.00",
            "MINOR, true,  15000.00",
            "MINOR, false, 5000.00",
            "ACCOMPANYING_CHILD, true,  25000.00",
            "ACCOMPANYING_CHILD, false, 5000.00",
    })
    void udiStandardGrantDependsOnTheDepartureDeadline(String beneficiary, boolean before, String total) {
        assertEquals(new BigDecimal(total), total("UDI_STANDARD", beneficiary, before));
        assertEquals("EVERY_TRAVELLER", version1("UDI_STANDARD").getString("beneficiaries"));
    }

    private static BigDecimal total(String programme, String beneficiary, Boolean before) {
        return version1(programme).getList("packages", java.util.Map.class).stream()
                .filter(p -> beneficiary.equals(p.get("beneficiary")) && java.util.Objects.equals(before,
                        p.get("appliedBeforeDeadline")))
                .map(p -> new BigDecimal(((java.util.Map<?, ?>) p.get("total")).get("amount").toString())).findFirst()
                .orElseThrow();
    }

    @Test
    void theProgrammesInForceTodayAreListedAndVersionsHaveValidityDates() {
        given().auth().oauth2(TestTokens.of(Roles.MISSION, "iom-ethiopia")).get("/api/v1/programmes").then()
                .statusCode(200).body("programme", org.hamcrest.Matchers.hasItems("VULNERABLE_GROUPS",
                        "VICTIMS_OF_TRAFFICKING", "UDI_STANDARD", "SWEDISH_AVRR"));
        given().auth().oauth2(FINANCE).get("/api/v1/programmes/VULNERABLE_GROUPS/versions").then().statusCode(200)
                .body("[0].version", equalTo(1)).body("[0].validFrom", equalTo("2015-01-01"))
                .body("[0].currency", equalTo("NOK")).body("[0].allocationTrigger", equalTo("CASE_APPROVED"));
        given().auth().oauth2(FINANCE).get("/api/v1/programmes/NO_SUCH_PROGRAMME/versions").then().statusCode(404);
        given().auth().oauth2(FINANCE).get("/api/v1/programmes/UDI_STANDARD/versions/99").then().statusCode(404);
    }

    /**
     * The admin adds UDI's standard grant version 2 from 2090 (allocated on the completed return, 20,000 per
     * person): a case approved today keeps version 1; a case approved in 2090 gets version 2 when it returns.
     */
    @Test
    void anAdminAddsAVersionAndEveryAllocationKeepsTheVersionItWasMadeUnder() {
        Traveller today = applicant(40);
        UUID before = grants.approve(Programme.UDI_STANDARD, true, 1, today);

        given().auth().oauth2(ADMIN).contentType("application/json").body(udiVersion("2090-01-01", "20000.00", "NOK"))
                .post("/api/v1/programmes/UDI_STANDARD/versions").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/programmes/UDI_STANDARD/versions/2"))
                .body("version", equalTo(2)).body("allocationTrigger", equalTo("RETURN_COMPLETED"));
        given().auth().oauth2(FINANCE).get("/api/v1/programmes/UDI_STANDARD/versions").then()
                .body("version", contains(1, 2)).body("validTo", contains("2090-01-01", null));

        JsonPath kept = GrantFixture.read(GrantFixture.entitlementOf(before, today.memberId()));
        assertEquals(1, kept.getInt("programmeVersion"));
        assertEquals("15000.00", kept.getString("allocated.amount"));

        Traveller later = applicant(41);
        Traveller laterChild = child(5);
        UUID caseId = UUID.randomUUID();
        OffsetDateTime approvedAt = OffsetDateTime.of(2090, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        GrantFixture.send(caseId, grants.approval(caseId, Programme.UDI_STANDARD, GrantFixture.OFFICE,
                GrantFixture.COUNTRY, true, approvedAt, later, laterChild));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> given().auth()
                .oauth2(FINANCE).get("/api/v1/reports/cases/" + caseId).statusCode() == 200);
        given().auth().oauth2(FINANCE).get("/api/v1/reports/cases/" + caseId).then()
                .body("approvedAt", equalTo("2090-03-01T12:00:00Z")).body("beneficiaries.size()", equalTo(0));
        GrantFixture.send(caseId, events.toJson(events.createWithPersonal(ReturnCompleted.TYPE, caseId.toString(),
                new ReturnCompleted(caseId, null, "NO", GrantFixture.OFFICE, GrantFixture.COUNTRY,
                        LocalDate.of(2090, 4, 1)),
                new CaseSpecifics(Programme.UDI_STANDARD, List.of(later, laterChild)))));
        var allocated = GrantFixture.entitlements(caseId, 2);
        assertEquals(2, allocated.size(), "allocated once, on the return, for both");
        for (var e : allocated) {
            assertEquals(2, e.get("programmeVersion"));
            assertEquals("20000.00", ((java.util.Map<?, ?>) e.get("allocated")).get("amount"));
        }
        assertEquals(HouseholdRelation.CHILD.name(), allocated.stream()
                .filter(e -> laterChild.memberId().toString().equals(e.get("beneficiaryId"))).findFirst().orElseThrow()
                .get("relation"));
    }

    /** Each refusal names its rule; a refused version changes nothing. */
    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
            "starts before the latest version,  422, version-after-latest, 2014-06-01, 1000.00, NOK",
            "an amount in another currency,      422, programme-currency,   2100-01-01, 1000.00, SEK",
            "a zero amount,                      422, positive-amount,      2100-01-01, 0.00,    NOK",
    })
    void aVersionThatBreaksARuleIsRefused(String what, int status, String rule, String validFrom, String amount,
            String currency) {
        given().auth().oauth2(ADMIN).contentType("application/json").body(udiVersion(validFrom, amount, currency))
                .post("/api/v1/programmes/VICTIMS_OF_TRAFFICKING/versions").then().statusCode(status)
                .body("rule", equalTo(rule));
        given().auth().oauth2(FINANCE).get("/api/v1/programmes/VICTIMS_OF_TRAFFICKING/versions").then()
                .body("size()", equalTo(1)).body("[0].validTo", equalTo(null));
    }

    @Test
    void anInKindCategoryIsInKindForMinorsTooAndACodeIsGivenOncePerBeneficiary() {
        String inKindCashForMinors = """
                {"validFrom":"2100-01-01","currency":"NOK","allocationTrigger":"CASE_APPROVED","beneficiaries":"APPLICANT_ONLY",
                 "categories":[{"code":"HOUSING","label":"Housing","kind":"ACCOMMODATION","amount":{"amount":"1.00","currency":"NOK"},
                 "form":"IN_KIND","formForMinor":"CASH"}]}""";
        given().auth().oauth2(ADMIN).contentType("application/json").body(inKindCashForMinors)
                .post("/api/v1/programmes/VULNERABLE_GROUPS/versions").then().statusCode(422)
                .body("rule", equalTo("in-kind-never-cash"));
        String twice = """
                {"validFrom":"2100-01-01","currency":"NOK","allocationTrigger":"CASE_APPROVED","beneficiaries":"APPLICANT_ONLY",
                 "categories":[{"code":"HOUSING","label":"Housing","kind":"ACCOMMODATION","amount":{"amount":"1.00","currency":"NOK"},"form":"IN_KIND"},
                 {"code":"HOUSING","label":"Housing again","kind":"ACCOMMODATION","amount":{"amount":"2.00","currency":"NOK"},"form":"IN_KIND","eligible":"MINORS"}]}""";
        given().auth().oauth2(ADMIN).contentType("application/json").body(twice)
                .post("/api/v1/programmes/VULNERABLE_GROUPS/versions").then().statusCode(422)
                .body("rule", equalTo("one-amount-per-category"));
        given().auth().oauth2(FINANCE).get("/api/v1/programmes/VULNERABLE_GROUPS/versions").then()
                .body("size()", equalTo(1));
    }

    @Test
    void onlyTheAdminManagesTheCatalogueAndBadInputNamesTheField() {
        given().auth().oauth2(FINANCE).contentType("application/json").body(udiVersion("2100-01-01", "1.00", "NOK"))
                .post("/api/v1/programmes/VULNERABLE_GROUPS/versions").then().statusCode(403);
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body(udiVersion("2100-01-01", "1.00", "NOK").replace("\"currency\":\"NOK\",\"allocation", "\"currency\":\"XYZ\",\"allocation"))
                .post("/api/v1/programmes/VULNERABLE_GROUPS/versions").then().statusCode(400)
                .body("violations[0].field", equalTo("currency"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"validFrom\":\"2100-01-01\"}")
                .post("/api/v1/programmes/VULNERABLE_GROUPS/versions").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("currency", "categories"));
    }

    private static String udiVersion(String validFrom, String amount, String currency) {
        return """
                {"validFrom":"%s","currency":"NOK","allocationTrigger":"RETURN_COMPLETED","beneficiaries":"EVERY_TRAVELLER",
                 "categories":[{"code":"CASH_GRANT","label":"Cash grant","kind":"CASH_GRANT",
                 "amount":{"amount":"%s","currency":"%s"},"form":"CASH"}]}""".formatted(validFrom, amount, currency);
    }
}
