package dev.avrr.cases.udi;

import static dev.avrr.cases.CaseApi.OSLO;
import static dev.avrr.cases.CaseApi.UDI;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The person's consent to share with UDI — case-service's own record of who took it, when, in which language and
 * with which interpreter — stands before the case goes to UDI; withdrawn, UDI no longer sees the case.
 */
@QuarkusTest
class UdiConsentGuardTest {

    @Test
    void noSubmissionWithoutTheConsentAndItIsRecordedInFull() {
        String id = CaseApi.registerAdult();
        CaseApi.assessedEligible(OSLO, id);
        CaseApi.signed(OSLO, id);
        CaseApi.post(OSLO, id, "udi-submission", null).statusCode(409).body("guard", equalTo("udi-consent-missing"));
        CaseApi.udiConsent(OSLO, id);
        CaseApi.read(OSLO, id).body("consents.find { it.purpose == 'SHARE_WITH_UDI' }.language", equalTo("am"))
                .body("consents.find { it.purpose == 'SHARE_WITH_UDI' }.interpreterUsed", equalTo(true))
                .body("consents.find { it.purpose == 'SHARE_WITH_UDI' }.recordedByOrg", equalTo("iom-oslo"))
                .body("consents.find { it.purpose == 'SHARE_WITH_UDI' }.recipient", equalTo("udi"))
                .body("consents.find { it.purpose == 'SHARE_WITH_UDI' }.givenOn", equalTo(CaseApi.today().toString()));
        CaseApi.post(OSLO, id, "udi-submission", null).statusCode(200);
    }

    @Test
    void aWithdrawnConsentBlocksSubmissionAndUdisView() {
        String id = CaseApi.registerAdult();
        CaseApi.submitted(id);
        CaseApi.read(UDI, id).statusCode(200);
        String consentId = CaseApi.read(OSLO, id).extract().path("consents.find { it.purpose == 'SHARE_WITH_UDI' }.id");
        CaseApi.post(OSLO, id, "consents/" + consentId + "/withdrawal", "{\"withdrawnOn\":\"%s\"}"
                .formatted(CaseApi.today())).statusCode(200);
        CaseApi.read(UDI, id).statusCode(404);
        CaseApi.post(OSLO, id, "consents/" + consentId + "/withdrawal", "{\"withdrawnOn\":\"%s\"}"
                .formatted(CaseApi.today())).statusCode(409).body("guard", equalTo("consent-already-withdrawn"));

        String other = CaseApi.registerAdult();
        CaseApi.assessedEligible(OSLO, other);
        CaseApi.signed(OSLO, other);
        CaseApi.udiConsent(OSLO, other);
        String otherConsent = CaseApi.read(OSLO, other).extract()
                .path("consents.find { it.purpose == 'SHARE_WITH_UDI' }.id");
        CaseApi.post(OSLO, other, "consents/" + otherConsent + "/withdrawal", "{\"withdrawnOn\":\"%s\"}"
                .formatted(CaseApi.today())).statusCode(200);
        CaseApi.post(OSLO, other, "udi-submission", null).statusCode(409).body("guard", equalTo("udi-consent-missing"));
    }
}
