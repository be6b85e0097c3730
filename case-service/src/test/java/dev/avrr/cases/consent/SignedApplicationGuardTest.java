package dev.avrr.cases.consent;

import static dev.avrr.cases.CaseApi.HELSINKI;
import static dev.avrr.cases.CaseApi.OSLO;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.Events;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#the-norwegian-route (IOM's application form) and docs/domain.md#the-swedish-route (Välgrundat beslut): the signed application is on record before a
 * Norwegian case goes to UDI and before a Swedish case's travel is booked.
 */
@QuarkusTest
class SignedApplicationGuardTest {

    @Inject
    Events events;

    @Test
    void norwayNoSubmissionToUdiWithoutTheSignedApplication() {
        String id = CaseApi.registerAdult();
        CaseApi.assessedEligible(OSLO, id);
        CaseApi.udiConsent(OSLO, id);
        CaseApi.post(OSLO, id, "udi-submission", null).statusCode(409).body("state", equalTo("ELIGIBILITY_ASSESSED"))
                .body("guard", equalTo("application-not-signed"));
        CaseApi.signed(OSLO, id);
        CaseApi.post(OSLO, id, "udi-submission", null).statusCode(200).body("status", equalTo("SUBMITTED_TO_UDI"))
                .body("signedApplication.source", equalTo("CASEWORKER"));
        CaseApi.post(OSLO, id, "signed-application", "{\"signedOn\":\"%s\",\"attachments\":0}"
                .formatted(CaseApi.today())).statusCode(409).body("guard", equalTo("application-fixed-once-submitted"));
    }

    @Test
    void swedenTheSignedApplicationFromTheReferralOpensTravel() {
        UUID referralId = UUID.randomUUID();
        String id = CaseApi.swedishCase(events, referralId, CaseApi.person(LocalDate.of(1995, 6, 15), List.of(), null));
        CaseApi.assessed(HELSINKI, id, "\"note\":\"Assessed (fictional)\"");
        CaseApi.prepared(HELSINKI, id);
        CaseApi.risk(HELSINKI, id, "LOW").statusCode(200);
        CaseApi.book(HELSINKI, id).statusCode(409).body("guard", equalTo("application-not-signed"));
        CaseApi.signedOnTheSwedishRoute(events, id, referralId);
        CaseApi.read(HELSINKI, id).body("signedApplication.source", equalTo("REFERRAL"))
                .body("signedApplication.attachments", equalTo(1));
        CaseApi.book(HELSINKI, id).statusCode(200);
    }
}
