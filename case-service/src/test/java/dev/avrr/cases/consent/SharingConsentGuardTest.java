package dev.avrr.cases.consent;

import static dev.avrr.cases.CaseApi.OSLO;
import static dev.avrr.cases.CaseApi.UDI;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.ReferralConsentGiven;
import dev.avrr.vocabulary.events.ReferralConsentWithdrawn;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#consent-per-purpose-and-recipient: nothing is shared without consent. When the person withdraws, at the referrer, the
 * consent to share with IOM, sharing from the case stops: no submission to UDI, no travel booked with carriers,
 * no view for the mission or UDI — until the person consents again to IOM.
 */
@QuarkusTest
class SharingConsentGuardTest {

    private static final String RETURN_CONSENT = "consents.find { it.purpose == 'SHARE_FOR_RETURN' && it.withdrawnOn == null }";

    @Inject
    Events events;

    private void withdrawnAtTheReferrer(UUID referralId, String purpose) {
        EventProbe.send("avrr.referral", referralId.toString(), events.toJson(events.create(
                ReferralConsentWithdrawn.TYPE, referralId.toString(), new ReferralConsentWithdrawn(referralId, purpose,
                        "iom-oslo", OffsetDateTime.now(ZoneOffset.UTC)))));
    }

    private void awaitSharingStopped(String id) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> CaseApi.read(OSLO, id).extract().path(RETURN_CONSENT) == null);
    }

    private String referredCase(UUID referralId) {
        return CaseApi.norwegianReferral(events, referralId, CaseApi.person(LocalDate.of(1990, 1, 1), List.of(), null));
    }

    @Test
    void aConsentWithdrawnAtTheReferrerStopsTheSubmissionToUdiUntilGivenAgain() {
        UUID referralId = UUID.randomUUID();
        String id = referredCase(referralId);
        CaseApi.read(OSLO, id).body(RETURN_CONSENT + ".source", equalTo("CASEWORKER"));
        CaseApi.assessedEligible(OSLO, id);
        CaseApi.signed(OSLO, id);
        CaseApi.udiConsent(OSLO, id);

        withdrawnAtTheReferrer(referralId, "SHARE_WITH_IOM");
        awaitSharingStopped(id);
        CaseApi.read(OSLO, id).body("consents.find { it.purpose == 'SHARE_FOR_RETURN' }.withdrawalSource",
                equalTo("REFERRAL"));
        CaseApi.post(OSLO, id, "udi-submission", null).statusCode(409).body("guard", equalTo("return-consent-missing"));
        given().auth().oauth2(OSLO).get("/api/v1/cases/" + id + "/history").then()
                .body("find { it.step == 'CONSENT_WITHDRAWN' }.note", equalTo("SHARE_WITH_IOM withdrawn at the referrer"));

        // Given again at the referrer: announced and noted on the case, but it brings back no other consent.
        EventProbe.send("avrr.referral", referralId.toString(), events.toJson(events.create(
                ReferralConsentGiven.TYPE, referralId.toString(), new ReferralConsentGiven(referralId, "SHARE_WITH_IOM",
                        "iom-oslo", OffsetDateTime.now(ZoneOffset.UTC), OffsetDateTime.now(ZoneOffset.UTC)))));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given().auth().oauth2(OSLO).get("/api/v1/cases/" + id + "/history").then().extract()
                        .<List<String>>path("findAll { it.step == 'CONSENT_RECORDED' }.note")
                        .contains("SHARE_WITH_IOM given again at the referrer"));
        CaseApi.read(OSLO, id).body(RETURN_CONSENT, org.hamcrest.Matchers.nullValue());
        CaseApi.post(OSLO, id, "udi-submission", null).statusCode(409).body("guard", equalTo("return-consent-missing"));

        CaseApi.post(OSLO, id, "consents", """
                {"purpose":"SHARE_FOR_RETURN","givenOn":"%s","language":"ti","interpreterUsed":true}"""
                .formatted(CaseApi.today())).statusCode(422).body("rule", equalTo("signed-consent-form-required"));
        CaseApi.post(OSLO, id, "consents", """
                {"purpose":"SHARE_FOR_RETURN","givenOn":"%s","language":"ti","interpreterUsed":true,
                 "signedFormReference":"FORM-TEST-7"}""".formatted(CaseApi.today())).statusCode(200);
        CaseApi.post(OSLO, id, "udi-submission", null).statusCode(200);
    }

    @Test
    void udiNoLongerSeesACaseWhoseSharingWasWithdrawn() {
        UUID referralId = UUID.randomUUID();
        String id = referredCase(referralId);
        CaseApi.submitted(id);
        CaseApi.read(UDI, id).statusCode(200);
        withdrawnAtTheReferrer(referralId, "SHARE_WITH_IOM");
        awaitSharingStopped(id);
        CaseApi.read(UDI, id).statusCode(404);
    }

    @Test
    void noTravelIsBookedOnceSharingWasWithdrawn() {
        String id = CaseApi.registerAdult();
        CaseApi.approved(id);
        CaseApi.prepared(OSLO, id);
        String consentId = CaseApi.read(OSLO, id).extract().path(RETURN_CONSENT + ".id");
        CaseApi.post(OSLO, id, "consents/" + consentId + "/withdrawal", "{\"withdrawnOn\":\"%s\"}"
                .formatted(CaseApi.today())).statusCode(200);
        CaseApi.book(OSLO, id).statusCode(409).body("guard", equalTo("return-consent-missing"));
    }

    @Test
    void theMissionNoLongerSeesTheReturneeOnceSharingWasWithdrawn() {
        String id = CaseApi.departedAdult();
        String mission = CaseApi.mission("ET");
        CaseApi.read(mission, id).statusCode(200);
        String consentId = CaseApi.read(OSLO, id).extract().path(RETURN_CONSENT + ".id");
        CaseApi.post(OSLO, id, "consents/" + consentId + "/withdrawal", "{\"withdrawnOn\":\"%s\"}"
                .formatted(CaseApi.today())).statusCode(200);
        CaseApi.read(mission, id).statusCode(404);
        CaseApi.arrive(mission, id).statusCode(404);
    }

    @Test
    void aWithdrawalOfAnotherPurposeIsNotTheCasesConcern() {
        UUID referralId = UUID.randomUUID();
        String id = referredCase(referralId);
        withdrawnAtTheReferrer(referralId, "FEEDBACK_TO_REFERRER");
        // A later event on the same key is handled after the withdrawal.
        CaseApi.signedOnTheSwedishRoute(events, id, referralId, OSLO);
        CaseApi.read(OSLO, id).body(RETURN_CONSENT, notNullValue())
                .body("consents.find { it.withdrawnOn != null }", nullValue());
    }

    @Test
    void aWithdrawalForAReferralWithoutACaseChangesNothing() {
        UUID referralId = UUID.randomUUID();
        withdrawnAtTheReferrer(referralId, "SHARE_WITH_IOM");
        String id = referredCase(referralId);
        CaseApi.read(OSLO, id).body(RETURN_CONSENT, notNullValue());
    }
}
