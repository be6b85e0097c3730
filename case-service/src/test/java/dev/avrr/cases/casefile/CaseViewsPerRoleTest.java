package dev.avrr.cases.casefile;

import static dev.avrr.cases.CaseApi.AUDITOR;
import static dev.avrr.cases.CaseApi.HELSINKI;
import static dev.avrr.cases.CaseApi.OSLO;
import static dev.avrr.cases.CaseApi.OTHER_OFFICE;
import static dev.avrr.cases.CaseApi.UDI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.avrr.cases.CaseApi;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Views per role (docs/sharing.md): the caseworker of the office sees the whole case (but a UDI decision's reason);
 * the mission of the country of return sees, from the handover on, only what it needs to receive and support the
 * returnee; UDI sees the Norwegian cases submitted to it; a partner sees nothing here. Anything else is 404.
 */
@QuarkusTest
class CaseViewsPerRoleTest {

    private static final String WITH_VULNERABILITY = """
            {"programme":"VULNERABLE_GROUPS","countryOfReturn":"ET",
             "applicant":{"givenName":"Testa","familyName":"Fiktivsen","dateOfBirth":"1990-01-01","nationality":"ET",
               "languages":["am"],"contact":{"phone":"+47 00 00 00 02","email":"testa@example.invalid"},
               "identifiers":[{"type":"DUF_NUMBER","value":"200205705502"}]},
             "household":[{"givenName":"Testo","familyName":"Fiktivsen","dateOfBirth":"2016-05-05","relation":"CHILD"}],
             "vulnerability":{"categories":["MEDICAL_NEEDS"],"reason":"Needs dialysis (fictional)",
               "notes":"Asylum history: rejected 2023 (fictional)"}}""";

    @Test
    void theCaseworkerOfTheOfficeSeesTheWholeCase() {
        String id = CaseApi.register(WITH_VULNERABILITY);
        CaseApi.read(OSLO, id).statusCode(200)
                .body("applicant.identifiers[0].value", equalTo("200205705502"))
                .body("applicant.identifiers[0].check", equalTo("VALID"))
                .body("applicant.contact.email", equalTo("testa@example.invalid"))
                .body("applicant.languages", hasItem("am"))
                .body("household[0].givenName", equalTo("Testo"))
                .body("vulnerability.reason", equalTo("Needs dialysis (fictional)"))
                .body("vulnerability.notes", equalTo("Asylum history: rejected 2023 (fictional)"))
                .body("consents[0].purpose", equalTo("SHARE_FOR_RETURN"));
        given().auth().oauth2(OSLO).queryParam("status", "REGISTERED").queryParam("size", 100).get("/api/v1/cases")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void aCaseworkerOfAnotherOfficeFindsNothingAndTheRefusalIsAudited() {
        String id = CaseApi.registerAdult();
        CaseApi.read(OTHER_OFFICE, id).statusCode(404).body("type", equalTo("urn:avrr:problem:not-found"));
        CaseApi.read(HELSINKI, id).statusCode(404);
        CaseApi.post(OTHER_OFFICE, id, "udi-submission", null).statusCode(404);
        given().auth().oauth2(OTHER_OFFICE).queryParam("size", 100).get("/api/v1/cases").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(AUDITOR).queryParam("resourceType", "case").queryParam("resourceId", id)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.findAll { it.outcome == 'NOT_YOURS' }.org", hasItem("iom-bergen-test"));
    }

    @Test
    void theMissionSeesNothingBeforeTheHandoverNotEvenAfterDeparture() {
        String id = CaseApi.registerAdult();
        CaseApi.approved(id);
        CaseApi.prepared(OSLO, id);
        CaseApi.book(OSLO, id).statusCode(200);
        CaseApi.read(CaseApi.mission("ET"), id).statusCode(404);
        CaseApi.depart(OSLO, id).statusCode(200);
        CaseApi.read(CaseApi.mission("ET"), id).statusCode(404);
        given().auth().oauth2(CaseApi.mission("ET")).queryParam("size", 100).get("/api/v1/cases").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        CaseApi.arrive(CaseApi.mission("ET"), id).statusCode(404);
    }

    @Test
    void fromTheHandoverTheMissionOfTheCountrySeesOnlyWhatItNeedsToReceiveTheReturnee() {
        String id = CaseApi.register(WITH_VULNERABILITY);
        CaseApi.approved(id);
        CaseApi.read(CaseApi.mission("ET"), id).statusCode(404);
        CaseApi.handOver(OSLO, id).statusCode(200).body("missionHandover.handedOverBy", notNullValue());
        CaseApi.read(CaseApi.mission("ET"), id).statusCode(200).body("status", equalTo("UDI_APPROVED"));
        CaseApi.prepared(OSLO, id);
        CaseApi.risk(OSLO, id, "MEDIUM").statusCode(200);
        CaseApi.book(OSLO, id).statusCode(200);
        CaseApi.depart(OSLO, id).statusCode(200);

        var mission = CaseApi.read(CaseApi.mission("ET"), id).statusCode(200);
        assertEquals(Set.of("view", "id", "status", "countryOfReturn", "applicant", "household", "needsFound",
                "reintegrationPlan", "riskMitigations", "version"), mission.extract().jsonPath().getMap("$").keySet());
        assertEquals("MISSION", mission.extract().path("view"));
        assertEquals(Set.of("memberId", "givenName", "familyName", "contact"),
                mission.extract().jsonPath().getMap("applicant").keySet());
        mission.body("applicant.givenName", equalTo("Testa"))
                .body("applicant.contact.phone", equalTo("+47 00 00 00 02"))
                .body("household[0].relation", equalTo("CHILD"))
                .body("needsFound[0].category", equalTo("HOUSING"))
                .body("riskMitigations", hasItem("Met by the mission at the airport"))
                .body("reintegrationPlan.planId", org.hamcrest.Matchers.notNullValue());
        String body = mission.extract().asString();
        for (String hidden : List.of("200205705502", "dialysis", "Asylum", "A risk on the way home", "UDI", "udi",
                "VULNERABLE_GROUPS", "MEDICAL_NEEDS", "decision")) {
            assertFalse(body.contains(hidden), "the mission's view holds no " + hidden);
        }
        given().auth().oauth2(CaseApi.mission("ET")).queryParam("size", 100).get("/api/v1/cases").then()
                .statusCode(200).body("items.id", hasItem(id)).body("items.find { it.id == '" + id + "' }.vulnerability",
                        org.hamcrest.Matchers.nullValue());
        CaseApi.read(CaseApi.mission("SO"), id).statusCode(404);
        CaseApi.read(TestTokens.role(Roles.MISSION).org("iom-mission-et").sign(), id).statusCode(404);
        CaseApi.arrive(CaseApi.mission("ET"), id).statusCode(200).body("status", equalTo("ARRIVED"))
                .body("vulnerability", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void udiSeesTheNorwegianCasesSubmittedToIt() {
        String id = CaseApi.register(WITH_VULNERABILITY);
        CaseApi.assessedEligible(OSLO, id);
        CaseApi.read(UDI, id).statusCode(404);
        CaseApi.signed(OSLO, id);
        CaseApi.udiConsent(OSLO, id);
        CaseApi.post(OSLO, id, "udi-submission", null).statusCode(200);
        CaseApi.read(UDI, id).statusCode(200)
                .body("applicant.identifiers[0].value", equalTo("200205705502"))
                .body("signedApplication.signedOn", equalTo(CaseApi.today().toString()))
                .body("udiConsent.purpose", equalTo("SHARE_WITH_UDI"))
                .body("eligibility.categoriesMet", hasItem("MEDICAL_NEEDS"))
                .body(not(containsString("dialysis"))).body(not(containsString("Asylum history")));
        given().auth().oauth2(UDI).queryParam("size", 100).get("/api/v1/cases").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @ParameterizedTest(name = "{0} sees nothing here: 403")
    @ValueSource(strings = { Roles.PARTNER, Roles.COORDINATOR, Roles.COUNSELLOR, Roles.FINANCE, Roles.AUDITOR })
    void otherRolesSeeNothingHere(String role) {
        String id = CaseApi.registerAdult();
        String token = TestTokens.role(role).org("iom-oslo").country("ET").sign();
        CaseApi.read(token, id).statusCode(403);
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(403);
        given().auth().oauth2(token).get("/api/v1/cases/" + id + "/history").then().statusCode(403);
    }

    @Test
    void aPartnerCannotRegisterACase() {
        given().auth().oauth2(CaseApi.PARTNER).contentType("application/json")
                .body(CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), null))
                .post("/api/v1/cases").then().statusCode(403);
    }
}
