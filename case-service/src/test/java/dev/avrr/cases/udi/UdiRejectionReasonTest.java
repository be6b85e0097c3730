package dev.avrr.cases.udi;

import static dev.avrr.cases.CaseApi.OSLO;
import static dev.avrr.cases.CaseApi.UDI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import dev.avrr.cases.export.SubjectExportTest;
import dev.avrr.platform.events.Events;
import dev.avrr.vocabulary.events.UdiDecisionRecorded;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#the-norwegian-route: the reason of a UDI rejection is given to the applicant personally, never to IOM. It is readable
 * only by the udi role, and in UDI's part of the data subject's access request, which UDI produces; IOM's
 * data protection function (admin), a caseworker, a mission, a partner and a
 * coordinator see outcome and date only. A test for each role. The case was rejected, then overturned by UNE,
 * so it travels and the mission has a view.
 */
@QuarkusTest
class UdiRejectionReasonTest {

    @Inject
    Events events;

    private static String rejectedThenOverturnedAndDeparted(String reason, String basis) {
        String id = CaseApi.registerAdult();
        CaseApi.submitted(id);
        CaseApi.post(UDI, id, "udi-decision", """
                {"outcome":"REJECTED","decidedOn":"%s","reason":"%s","legalBasis":"%s"}"""
                .formatted(CaseApi.today(), reason, basis)).statusCode(200);
        CaseApi.post(UDI, id, "une-appeal", "{\"appealedOn\":\"%s\"}".formatted(CaseApi.today())).statusCode(200);
        CaseApi.post(UDI, id, "une-decision", "{\"outcome\":\"APPROVED\",\"decidedOn\":\"%s\",\"legalBasis\":\"%s\"}"
                .formatted(CaseApi.today(), basis)).statusCode(200);
        CaseApi.handOver(OSLO, id).statusCode(200);
        CaseApi.prepared(OSLO, id);
        CaseApi.book(OSLO, id).statusCode(200);
        CaseApi.depart(OSLO, id).statusCode(200);
        return id;
    }

    private static String reason() {
        return "Fictional reason " + UUID.randomUUID();
    }

    @Test
    void udiReadsTheReasonAndLegalBasis() {
        String reason = reason();
        String id = rejectedThenOverturnedAndDeparted(reason, "Fictional § 1");
        CaseApi.read(UDI, id).statusCode(200)
                .body("decisions[0].value.stage", equalTo("UDI"))
                .body("decisions[0].value.outcome", equalTo("REJECTED"))
                .body("decisions[0].value.reason", equalTo(reason))
                .body("decisions[0].value.legalBasis", equalTo("Fictional § 1"))
                .body("decisions[1].value.stage", equalTo("UNE"));
    }

    @Test
    void theCaseworkerSeesOutcomeAndDateOnly() {
        String reason = reason();
        String id = rejectedThenOverturnedAndDeparted(reason, "Fictional § 2");
        var view = CaseApi.read(OSLO, id).statusCode(200)
                .body("udi.decisions[0].outcome", equalTo("REJECTED"))
                .body("udi.decisions[0].decidedOn", equalTo(CaseApi.today().toString()))
                .body("udi.decisions[1].outcome", equalTo("APPROVED"));
        assertEquals(Set.of("stage", "outcome", "decidedOn"),
                view.extract().jsonPath().getMap("udi.decisions[0]").keySet());
        view.body(not(containsString(reason))).body(not(containsString("Fictional § 2")));
        given().auth().oauth2(OSLO).get("/api/v1/cases/" + id + "/history").then().statusCode(200)
                .body(not(containsString(reason)));
        given().auth().oauth2(OSLO).queryParam("size", 100).get("/api/v1/cases").then().statusCode(200)
                .body(not(containsString(reason)));
    }

    @Test
    void theMissionSeesNoDecisionAtAll() {
        String reason = reason();
        String id = rejectedThenOverturnedAndDeparted(reason, "Fictional § 3");
        CaseApi.read(CaseApi.mission("ET"), id).statusCode(200).body(not(containsString(reason)))
                .body(not(containsString("REJECTED"))).body("udi", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void thePartnerSeesNothingHereAndItsTimelineEventCarriesTheOutcomeOnly() {
        String reason = reason();
        String id = rejectedThenOverturnedAndDeparted(reason, "Fictional § 4");
        CaseApi.read(CaseApi.PARTNER, id).statusCode(403);
        List<ConsumerRecord<String, String>> decisions = CaseApi.caseEvents(id, UdiDecisionRecorded.TYPE, 2);
        assertEquals(2, decisions.size());
        for (ConsumerRecord<String, String> r : decisions) {
            assertFalse(r.value().contains(reason) || r.value().contains("Fictional § 4"), "no reason in the event");
            // No reason, and no programme either: it would tell that the person is a victim of trafficking.
            assertEquals(Set.of("caseId", "office", "outcome", "stage", "decidedAt"),
                    events.parse(r.value()).data().properties().stream().map(java.util.Map.Entry::getKey)
                            .collect(java.util.stream.Collectors.toSet()));
        }
        assertEquals("REJECTED", events.data(events.parse(decisions.get(0).value()), UdiDecisionRecorded.class).outcome());
    }

    @Test
    void theCoordinatorSeesNothingHere() {
        String reason = reason();
        String id = rejectedThenOverturnedAndDeparted(reason, "Fictional § 5");
        CaseApi.read(CaseApi.COORDINATOR, id).statusCode(403);
        given().auth().oauth2(CaseApi.COORDINATOR).get("/api/v1/cases").then().statusCode(403);
    }

    @Test
    void theDataSubjectsAccessRequestHoldsTheReasonInUdisPartOnly() {
        String reason = reason();
        String id = rejectedThenOverturnedAndDeparted(reason, "Fictional § 6");
        String request = """
                {"requestReference":"DPR-TEST-1","identityVerifiedBy":"Reception (fictional)"}""";
        SubjectExportTest.released(events, id, "DPR-TEST-1").statusCode(200)
                .body("services[0].data.udiDecisions[0].outcome", equalTo("REJECTED"))
                .body(not(containsString(reason))).body(not(containsString("Fictional § 6")));
        CaseApi.post(UDI, id, "subject-export/udi-part", request).statusCode(200)
                .body("decisions[0].value.reason", equalTo(reason))
                .body("decisions[0].value.legalBasis", equalTo("Fictional § 6"));
    }
}
