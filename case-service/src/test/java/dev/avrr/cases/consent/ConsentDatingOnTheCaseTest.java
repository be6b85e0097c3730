package dev.avrr.cases.consent;

import static dev.avrr.cases.CaseApi.OSLO;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Consent is only what the person gave (platform ConsentDating): IOM's caseworker cannot record, on the person's
 * behalf, a consent dated in the future or before the person's withdrawal, nor give the mission its access back
 * without the person's signed consent form. Each refusal changes nothing and shows nothing to the mission.
 */
@QuarkusTest
class ConsentDatingOnTheCaseTest {

    private static final String RETURN_CONSENT = "consents.find { it.purpose == 'SHARE_FOR_RETURN' && it.withdrawnOn == null }";

    private static String consent(String givenOn, String form) {
        return """
                {"purpose":"SHARE_FOR_RETURN","givenOn":"%s","language":"am","interpreterUsed":true%s}""".formatted(
                givenOn, form == null ? "" : ",\"signedFormReference\":\"" + form + "\"");
    }

    @Test
    void aWithdrawalIsNotUndoneOnThePersonsBehalf() {
        String id = CaseApi.registerAdult();
        CaseApi.handOver(OSLO, id).statusCode(200);
        String mission = CaseApi.mission("ET");
        CaseApi.read(mission, id).statusCode(200);
        String consentId = CaseApi.read(OSLO, id).extract().path(RETURN_CONSENT + ".id");
        CaseApi.post(OSLO, id, "consents/" + consentId + "/withdrawal", "{\"withdrawnOn\":\"%s\"}"
                .formatted(CaseApi.today())).statusCode(200);
        CaseApi.read(mission, id).statusCode(404);
        long version = CaseApi.read(OSLO, id).extract().jsonPath().getLong("version");

        CaseApi.post(OSLO, id, "consents", consent(CaseApi.today().minusDays(3).toString(), "FORM-TEST-2"))
                .statusCode(422).body("rule", equalTo("consent-dated-before-withdrawal"));
        CaseApi.post(OSLO, id, "consents", consent(CaseApi.today().plusDays(1).toString(), "FORM-TEST-2"))
                .statusCode(422).body("rule", equalTo("consent-dated-in-future"));
        CaseApi.post(OSLO, id, "consents", consent(CaseApi.today().toString(), null))
                .statusCode(422).body("rule", equalTo("signed-consent-form-required"));
        CaseApi.read(OSLO, id).body("version", equalTo((int) version));
        CaseApi.read(mission, id).statusCode(404);

        CaseApi.post(OSLO, id, "consents", consent(CaseApi.today().toString(), "FORM-TEST-2")).statusCode(200)
                .body(RETURN_CONSENT + ".signedFormReference", equalTo("FORM-TEST-2"));
        CaseApi.read(mission, id).statusCode(200);
    }

    @Test
    void aFirstConsentIsNeverDatedInTheFuture() {
        String id = CaseApi.registerAdult();
        CaseApi.post(OSLO, id, "consents", """
                {"purpose":"SHARE_WITH_UDI","givenOn":"%s","language":"am","interpreterUsed":true}"""
                .formatted(CaseApi.today().plusDays(2))).statusCode(422).body("rule", equalTo("consent-dated-in-future"));
        CaseApi.read(OSLO, id).body("consents.purpose", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("SHARE_WITH_UDI")));
    }
}
