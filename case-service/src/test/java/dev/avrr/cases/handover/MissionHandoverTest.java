package dev.avrr.cases.handover;

import static dev.avrr.cases.CaseApi.OSLO;
import static dev.avrr.cases.CaseApi.OTHER_OFFICE;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.Events;
import dev.avrr.vocabulary.events.CaseSharingChanged;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The handover to the mission of the country of return (docs/sharing.md): only the office's caseworker, only while
 * the person's consent to share for the return stands, once; each change of who may see the case is announced to
 * the other services, and nothing is announced when a refusal changes nothing.
 */
@QuarkusTest
class MissionHandoverTest {

    private static final String RETURN_CONSENT = "consents.find { it.purpose == 'SHARE_FOR_RETURN' }";

    @Inject
    Events events;

    @Test
    void theHandoverIsAnnouncedWithTheFactsThatDecideWhoSeesTheCase() {
        String id = CaseApi.registerAdult();
        CaseApi.handOver(OSLO, id).statusCode(200).body("missionHandover.handedOverAt", org.hamcrest.Matchers.notNullValue());
        // Registration, the person's consent to share for the return, then the handover.
        CaseSharingChanged after = sharing(id, 3).get(2);
        assertEquals(3, after.revision());
        assertTrue(after.handedOverToMission());
        assertTrue(after.shareForReturn());
        assertEquals("iom-oslo", after.office());
        assertEquals("ET", after.countryOfReturn());
        given(id).statusCode(200);
        CaseApi.read(OSLO, id).body("missionHandover.handedOverBy", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/cases/" + id + "/history").then().statusCode(200)
                .body("find { it.step == 'HANDED_OVER_TO_MISSION' }.label", equalTo("Handed over to the mission"));
    }

    @Test
    void noHandoverWithoutTheConsentToShareForTheReturn() {
        String id = CaseApi.registerAdult();
        String consentId = CaseApi.read(OSLO, id).extract().path(RETURN_CONSENT + ".id");
        CaseApi.post(OSLO, id, "consents/" + consentId + "/withdrawal", "{\"withdrawnOn\":\"%s\"}"
                .formatted(CaseApi.today())).statusCode(200);
        long version = CaseApi.read(OSLO, id).extract().jsonPath().getLong("version");
        CaseApi.handOver(OSLO, id).statusCode(409).body("guard", equalTo("return-consent-missing"))
                .body("state", equalTo("REGISTERED"));
        CaseApi.read(OSLO, id).body("version", equalTo((int) version)).body("missionHandover",
                org.hamcrest.Matchers.nullValue());
        CaseApi.read(CaseApi.mission("ET"), id).statusCode(404);
        // Registration, the consent, then the withdrawal: three announcements, none for the refusal.
        List<CaseSharingChanged> announced = sharing(id, 3);
        assertFalse(announced.get(2).shareForReturn());
    }

    @Test
    void noHandoverBeforeThePersonConsentedToShareForTheReturn() {
        String id = io.restassured.RestAssured.given().auth().oauth2(OSLO).contentType("application/json")
                .body(CaseApi.registration("VULNERABLE_GROUPS", java.time.LocalDate.of(1990, 1, 1), null))
                .post("/api/v1/cases").then().statusCode(201).body("consents", org.hamcrest.Matchers.empty())
                .extract().path("id");
        CaseApi.handOver(OSLO, id).statusCode(409).body("guard", equalTo("return-consent-missing"));
        assertFalse(sharing(id, 1).get(0).shareForReturn(), "no consent is created by the system");
        CaseApi.returnConsent(OSLO, id).statusCode(200);
        CaseApi.handOver(OSLO, id).statusCode(200);
    }

    @Test
    void onceOnlyAndOnlyByTheOffice() {
        String id = CaseApi.registerAdult();
        CaseApi.handOver(OTHER_OFFICE, id).statusCode(404);
        CaseApi.handOver(CaseApi.mission("ET"), id).statusCode(403);
        CaseApi.handOver(OSLO, id).statusCode(200);
        CaseApi.handOver(OSLO, id).statusCode(409).body("guard", equalTo("already-handed-over"));
    }

    @Test
    void aWithdrawalAfterTheHandoverStopsTheMissionAndIsAnnounced() {
        String id = CaseApi.registerAdult();
        CaseApi.handOver(OSLO, id).statusCode(200);
        given(id).statusCode(200);
        String consentId = CaseApi.read(OSLO, id).extract().path(RETURN_CONSENT + ".id");
        CaseApi.post(OSLO, id, "consents/" + consentId + "/withdrawal", "{\"withdrawnOn\":\"%s\"}"
                .formatted(CaseApi.today())).statusCode(200);
        given(id).statusCode(404);
        CaseSharingChanged last = sharing(id, 4).get(3);
        assertTrue(last.handedOverToMission());
        assertFalse(last.shareForReturn());
        assertEquals(4, last.revision());
    }

    private static io.restassured.response.ValidatableResponse given(String id) {
        return CaseApi.read(CaseApi.mission("ET"), id);
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given().auth().oauth2(OSLO);
    }

    private List<CaseSharingChanged> sharing(String caseId, int count) {
        List<ConsumerRecord<String, String>> records = CaseApi.caseEvents(caseId, CaseSharingChanged.TYPE, count);
        return records.stream().map(r -> events.data(events.parse(r.value()), CaseSharingChanged.class)).toList();
    }
}
