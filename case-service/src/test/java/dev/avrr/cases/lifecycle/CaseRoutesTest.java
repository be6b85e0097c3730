package dev.avrr.cases.lifecycle;

import static dev.avrr.cases.CaseApi.HELSINKI;
import static dev.avrr.cases.CaseApi.OSLO;
import static dev.avrr.cases.CaseApi.UDI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.Events;
import dev.avrr.vocabulary.events.CaseApproved;
import dev.avrr.vocabulary.events.CaseProgressed;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.CaseSharingChanged;
import dev.avrr.vocabulary.events.CaseSpecifics;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.ReturnCompleted;
import dev.avrr.vocabulary.events.Traveller;
import dev.avrr.vocabulary.events.UdiDecisionRecorded;
import dev.avrr.vocabulary.events.WorkItemOpened;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Both routes of a case through HTTP with real tokens, PostgreSQL and Kafka: every transition recorded with who,
 * when and why, and each announced by exactly the event the other services build on.
 */
@QuarkusTest
class CaseRoutesTest {

    private static final String SHARING = CaseSharingChanged.TYPE;

    @Inject
    Events events;

    private <T> T data(String caseId, String type, Class<T> contract) {
        List<ConsumerRecord<String, String>> found = CaseApi.caseEvents(caseId, type, 1);
        assertEquals(1, found.size(), "exactly one " + type);
        return events.data(events.parse(found.get(0).value()), contract);
    }

    /**
     * The event's special categories, opened from its sealed part; the topic's clear text names neither the
     * programme nor the household.
     */
    private CaseSpecifics sealed(String caseId, String type) {
        String value = CaseApi.caseEvents(caseId, type, 1).get(0).value();
        for (Programme p : Programme.values()) {
            assertFalse(value.contains(p.name()), type + " names the programme in clear");
        }
        assertFalse(value.contains("household") || value.contains("APPLICANT"), type + " shows the household in clear");
        return events.personal(events.parse(value), CaseSpecifics.class).orElseThrow();
    }

    @Test
    void norwayRegisteredAssessedSubmittedApprovedBookedDepartedArrivedClosed() {
        String id = CaseApi.register(CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), """
                [{"givenName":"Testo","familyName":"Fiktivsen","dateOfBirth":"2016-05-05","relation":"CHILD"}]"""));
        CaseRegistered registered = data(id, CaseRegistered.TYPE, CaseRegistered.class);
        assertEquals("iom-oslo", registered.office());
        assertEquals("NO", registered.jurisdiction());
        assertEquals(Programme.VULNERABLE_GROUPS, sealed(id, CaseRegistered.TYPE).programme());

        CaseApi.submitted(id);
        CaseApi.read(OSLO, id).statusCode(200).body("status", equalTo("SUBMITTED_TO_UDI"));
        assertEquals("ELIGIBILITY_ASSESSED",
                data(id, CaseProgressed.ELIGIBILITY_ASSESSED, CaseProgressed.class).status());

        CaseApi.udiDecision(id, "APPROVED", null).statusCode(200).body("status", equalTo("UDI_APPROVED"));
        UdiDecisionRecorded decision = data(id, UdiDecisionRecorded.TYPE, UdiDecisionRecorded.class);
        assertEquals("APPROVED", decision.outcome());
        assertEquals("UDI", decision.stage());
        CaseApproved approved = data(id, CaseApproved.TYPE, CaseApproved.class);
        assertEquals("UDI", approved.basis());
        assertNull(approved.appliedBeforeDepartureDeadline(), "only UDI's standard programme counts the deadline");
        String applicantId = CaseApi.read(OSLO, id).extract().path("applicant.memberId");
        String childId = CaseApi.read(OSLO, id).extract().path("household[0].memberId");
        int applicantAge = Period.between(LocalDate.of(1990, 1, 1), CaseApi.today()).getYears();
        int childAge = Period.between(LocalDate.of(2016, 5, 5), CaseApi.today()).getYears();
        assertEquals(List.of(new Traveller(UUID.fromString(applicantId), HouseholdRelation.APPLICANT, applicantAge),
                new Traveller(UUID.fromString(childId), HouseholdRelation.CHILD, childAge)),
                sealed(id, CaseApproved.TYPE).household());
        assertEquals(Programme.VULNERABLE_GROUPS, sealed(id, CaseApproved.TYPE).programme());

        CaseApi.prepared(OSLO, id);
        CaseApi.book(OSLO, id).statusCode(200).body("status", equalTo("TRAVEL_PREPARATION"))
                .body("travel.booking.value.transitPoints", contains("IST"));
        assertEquals(CaseApi.departureDate(), data(id, CaseProgressed.TRAVEL_SCHEDULED, CaseProgressed.class).date());
        CaseApi.depart(OSLO, id).statusCode(200).body("status", equalTo("DEPARTED"));
        assertEquals(CaseApi.today(), data(id, CaseProgressed.DEPARTED, CaseProgressed.class).date());
        CaseApi.arrive(OSLO, id).statusCode(200).body("status", equalTo("ARRIVED"));
        ReturnCompleted completed = data(id, ReturnCompleted.TYPE, ReturnCompleted.class);
        assertEquals(CaseApi.today(), completed.arrivalDate());
        assertEquals("ET", completed.countryOfReturn());
        assertEquals(sealed(id, CaseApproved.TYPE).household(), sealed(id, ReturnCompleted.TYPE).household());
        assertEquals(Programme.VULNERABLE_GROUPS, sealed(id, ReturnCompleted.TYPE).programme());
        CaseApi.post(OSLO, id, "closure", "{\"endedOn\":\"%s\",\"reason\":\"RETURN_COMPLETED\"}"
                .formatted(CaseApi.today())).statusCode(200).body("status", equalTo("CLOSED"));
        assertEquals("CLOSED", data(id, CaseProgressed.CLOSED, CaseProgressed.class).status());

        given().auth().oauth2(OSLO).get("/api/v1/cases/" + id + "/history").then().statusCode(200)
                .body("findAll { it.from != null }.status", contains("ELIGIBILITY_ASSESSED", "SUBMITTED_TO_UDI",
                        "UDI_APPROVED", "TRAVEL_PREPARATION", "DEPARTED", "ARRIVED", "CLOSED"))
                .body("label", hasItem("Approved by UDI"))
                .body("find { it.step == 'CLOSED' }.note", equalTo("RETURN_COMPLETED"))
                .body("find { it.step == 'UDI_APPROVED' }.actorOrg", equalTo("udi"))
                .body("find { it.step == 'SUBMITTED_TO_UDI' }.actorOrg", equalTo("iom-oslo"))
                .body("at", hasItem(notNullValue()));

        // One event per transition, and an announcement of who may see the case each time that changes: at
        // registration, when the consents to share for the return and with UDI are recorded, on submission and
        // on departure; approved before its preparations were recorded, the case is announced to its office as
        // blocked on a travel gate.
        assertEquals(List.of(CaseRegistered.TYPE, SHARING, SHARING, CaseProgressed.ELIGIBILITY_ASSESSED, SHARING,
                SHARING, UdiDecisionRecorded.TYPE, CaseApproved.TYPE, WorkItemOpened.CASE,
                CaseProgressed.TRAVEL_SCHEDULED, CaseProgressed.DEPARTED, SHARING, ReturnCompleted.TYPE,
                CaseProgressed.CLOSED), CaseApi.eventTypes(events, id, 14),
                "exactly one event per transition");
        CaseApi.caseEvents(id, CaseProgressed.CLOSED, 1).forEach(r -> assertFalse(
                r.value().contains("Fiktivsen") || r.value().contains("Testa"), "no name on the case topic"));
    }

    @Test
    void swedenTheCoordinatorsApprovalStandsAtRegistrationAndThereIsNoUdiStep() {
        UUID referralId = UUID.randomUUID();
        String se = CaseApi.swedishCase(events, referralId, CaseApi.person(LocalDate.of(1995, 6, 15), List.of(), null));
        // Approved at registration, on the coordinator's basis; announced (grant-service allocates from it) only once
        // the signed application is on record.
        CaseApi.read(HELSINKI, se).body("approval.basis", equalTo("COORDINATOR"))
                .body("approval.announcedAt", org.hamcrest.Matchers.nullValue());

        CaseApi.assessedEligible(HELSINKI, se);
        CaseApi.post(HELSINKI, se, "udi-submission", null).statusCode(409)
                .body("guard", equalTo("no submit-to-udi on the SE route"));
        CaseApi.book(HELSINKI, se).statusCode(409).body("guard", equalTo("application-not-signed"));
        CaseApi.signedOnTheSwedishRoute(events, se, referralId);
        CaseApproved approved = data(se, CaseApproved.TYPE, CaseApproved.class);
        assertEquals("COORDINATOR", approved.basis());
        assertEquals(Programme.SWEDISH_AVRR, sealed(se, CaseApproved.TYPE).programme());
        assertEquals("iom-helsinki", approved.office());
        assertEquals("SE", approved.jurisdiction());
        CaseApi.prepared(HELSINKI, se);
        CaseApi.risk(HELSINKI, se, "LOW").statusCode(200);
        CaseApi.book(HELSINKI, se).statusCode(200).body("status", equalTo("TRAVEL_PREPARATION"));
        CaseApi.depart(HELSINKI, se).statusCode(200);
        CaseApi.arrive(HELSINKI, se).statusCode(200).body("status", equalTo("ARRIVED"));
        assertEquals(Programme.SWEDISH_AVRR, sealed(se, ReturnCompleted.TYPE).programme());
        // Assessed while the application is not signed: booking is next but refused, the office is told.
        assertEquals(List.of(CaseRegistered.TYPE, SHARING, SHARING, CaseProgressed.ELIGIBILITY_ASSESSED,
                WorkItemOpened.CASE, CaseApproved.TYPE, CaseProgressed.TRAVEL_SCHEDULED, CaseProgressed.DEPARTED,
                SHARING, ReturnCompleted.TYPE), CaseApi.eventTypes(events, se, 10),
                "approved at registration, announced once signed, no UDI decision");

        given().auth().oauth2(HELSINKI).get("/api/v1/cases/" + se + "/history").then().statusCode(200)
                .body("label", contains("Stöd", "Consent recorded", "Eligibility assessed", "Välgrundat beslut",
                        "Behovsinventering", "Återintegrationsplan", "Reintegration plan approved",
                        "Förberedelser inför och under hemresan", "Riskhantering",
                        "Förberedelser inför och under hemresan", "Departed", "Arrived"))
                .body("[0].note", equalTo("Approved by the coordinator (Meddelande)"));
    }

    @Test
    void uneOverturnsARejectionAndTheCaseIsApprovedOnThatBasis() {
        String id = CaseApi.registerAdult();
        CaseApi.submitted(id);
        CaseApi.udiDecision(id, "REJECTED", "Fictional reason").statusCode(200).body("status", equalTo("UDI_REJECTED"));
        CaseApi.post(UDI, id, "une-appeal", "{\"appealedOn\":\"%s\"}".formatted(CaseApi.today())).statusCode(200)
                .body("status", equalTo("APPEALED_TO_UNE")).body("appealedOn", equalTo(CaseApi.today().toString()));
        CaseApi.post(UDI, id, "une-decision", """
                {"outcome":"APPROVED","decidedOn":"%s","legalBasis":"Fictional basis"}""".formatted(CaseApi.today()))
                .statusCode(200).body("status", equalTo("UDI_APPROVED"));
        List<ConsumerRecord<String, String>> decisions = CaseApi.caseEvents(id, UdiDecisionRecorded.TYPE, 2);
        assertEquals(2, decisions.size());
        UdiDecisionRecorded une = events.data(events.parse(decisions.get(1).value()), UdiDecisionRecorded.class);
        assertEquals("UNE", une.stage());
        assertEquals("APPROVED", une.outcome());
        assertEquals("UNE", data(id, CaseApproved.TYPE, CaseApproved.class).basis());
    }

    @Test
    void uneUpholdsARejectionAndTheCaseIsClosed() {
        String id = CaseApi.registerAdult();
        CaseApi.submitted(id);
        CaseApi.udiDecision(id, "REJECTED", "Fictional reason").statusCode(200);
        CaseApi.post(UDI, id, "une-appeal", "{\"appealedOn\":\"%s\"}".formatted(CaseApi.today())).statusCode(200);
        CaseApi.post(UDI, id, "une-decision", """
                {"outcome":"REJECTED","decidedOn":"%s","reason":"Fictional","legalBasis":"Fictional basis"}"""
                .formatted(CaseApi.today())).statusCode(200).body("status", equalTo("REJECTION_UPHELD"));
        CaseApi.book(OSLO, id).statusCode(409).body("state", equalTo("REJECTION_UPHELD"))
                .body("guard", equalTo("udi-approval-missing"));
        CaseApi.post(OSLO, id, "closure", "{\"endedOn\":\"%s\",\"reason\":\"APPLICATION_REJECTED\"}"
                .formatted(CaseApi.today())).statusCode(200).body("status", equalTo("CLOSED"));
        assertEquals(List.of(CaseRegistered.TYPE, SHARING, SHARING, CaseProgressed.ELIGIBILITY_ASSESSED, SHARING,
                SHARING, UdiDecisionRecorded.TYPE, UdiDecisionRecorded.TYPE, CaseProgressed.CLOSED),
                CaseApi.eventTypes(events, id, 9),
                "a rejected case is never approved");
    }

    @Test
    void aCaseIsWithdrawnWithItsReasonOrEndsAsAbsconded() {
        String withdrawn = CaseApi.registerAdult();
        CaseApi.post(OSLO, withdrawn, "withdrawal", "{\"endedOn\":\"%s\"}".formatted(CaseApi.today())).statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        CaseApi.post(OSLO, withdrawn, "withdrawal", """
                {"endedOn":"%s","reason":"APPLICANT_WITHDREW","note":"Wants to stay with family (fictional)"}"""
                .formatted(CaseApi.today())).statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertEquals("WITHDRAWN", data(withdrawn, CaseProgressed.WITHDRAWN, CaseProgressed.class).status());
        CaseApi.assess(OSLO, withdrawn, "{\"assessedOn\":\"%s\"}".formatted(CaseApi.today())).statusCode(409)
                .body("state", equalTo("WITHDRAWN"));

        String absconded = CaseApi.registerAdult();
        CaseApi.approved(absconded);
        LocalDate lastContact = CaseApi.today().minusDays(3);
        CaseApi.post(OSLO, absconded, "absconding", "{\"endedOn\":\"%s\",\"reason\":\"LOST_CONTACT\"}"
                .formatted(lastContact)).statusCode(200).body("status", equalTo("ABSCONDED"));
        assertEquals(lastContact, data(absconded, CaseProgressed.ABSCONDED, CaseProgressed.class).date());

        String arrived = CaseApi.departedAdult();
        CaseApi.arrive(OSLO, arrived).statusCode(200);
        CaseApi.post(OSLO, arrived, "withdrawal", "{\"endedOn\":\"%s\",\"reason\":\"OTHER\"}"
                .formatted(CaseApi.today())).statusCode(409).body("state", equalTo("ARRIVED"))
                .body("guard", equalTo("withdraw is allowed only from REGISTERED or ELIGIBILITY_ASSESSED or "
                        + "SUBMITTED_TO_UDI or UDI_APPROVED or UDI_REJECTED or APPEALED_TO_UNE or REJECTION_UPHELD or "
                        + "TRAVEL_PREPARATION or DEPARTED"));
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        String id = CaseApi.registerAdult();
        String etag = CaseApi.etag(OSLO, id);
        CaseApi.signed(OSLO, id);
        given().auth().oauth2(OSLO).contentType("application/json").header("If-Match", etag)
                .body("{\"assessedOn\":\"%s\"}".formatted(CaseApi.today()))
                .post("/api/v1/cases/" + id + "/eligibility-assessment").then().statusCode(412);
        CaseApi.read(OSLO, id).body("status", equalTo("REGISTERED")).body("eligibility", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(OSLO).contentType("application/json").body("{\"planId\":\"%s\",\"draftedOn\":\"%s\"}"
                .formatted(UUID.randomUUID(), CaseApi.today())).put("/api/v1/cases/" + id + "/reintegration-plan")
                .then().statusCode(428);
        // Registered, the consent to share for the return, the signed application: nothing of the refused steps.
        given().auth().oauth2(OSLO).get("/api/v1/cases/" + id + "/history").then().body("$", hasSize(3));
    }
}
