package dev.avrr.monitoring.subjectrights;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.avrr.monitoring.Returns;
import dev.avrr.monitoring.scores.SurveyBodies;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.AccessRequested;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.WorkItemOpened;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The person's right of access (docs/domain.md#subject-rights): case-service's access request, announced on the real
 * broker, is answered with monitoring-service's part — everything it holds on the returnee, each class of data with
 * since when, why and for whom, and every access from the audit trail — sealed, so the record in clear holds none of
 * it; a case monitoring never knew gets a part that holds nothing.
 */
@QuarkusTest
class MonitoringAccessPartTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String NOTES = "Testa Fiktivsen sleeps badly since the return; sees the clinic's counsellor";
    private static final String DETAILS = "Her cousin saw the recruiter at the market again (fictional)";
    private static final String FEEDBACK = "The sewing course helps; thank you to the people in Oslo (fictional)";

    @Inject
    Events events;

    /** Sends the access request as case-service does and waits for monitoring's part of it. */
    private ConsumerRecord<String, String> requestAccess(UUID caseId, UUID referralId, UUID requestId) {
        new Returns(events).send(caseId, AccessRequested.TYPE,
                new AccessRequested(requestId, caseId, referralId, OffsetDateTime.now()));
        List<ConsumerRecord<String, String>> parts = EventProbe.await(EventTypes.MONITORING_TOPIC,
                r -> caseId.toString().equals(r.key()) && r.value().contains(AccessPartAssembled.MONITORING)
                        && r.value().contains(requestId.toString()), 1, Duration.ofSeconds(30));
        assertEquals(1, parts.size(), "one part per request");
        return parts.get(0);
    }

    @Test
    void theReturneesMonitoringReachesTheirAccessRequestSealedWithWhoReadIt() {
        String mission = Returns.mission("KE");
        String office = Returns.caseworker(Returns.IOM_OSLO);
        UUID caseId = new Returns(events).returned(Programme.VULNERABLE_GROUPS, "KE", TODAY.minusDays(20));
        UUID referralId = UUID.fromString(Returns.read(office, caseId).statusCode(200).extract().path("referralId"));

        String contactId = Returns.contact(mission, caseId, """
                {"contactedOn":"%s","mode":"VISIT","reached":true,"planProgress":"DELAYED",
                 "grantUse":"NOT_YET_RECEIVED","wellbeingNotes":"%s"}""".formatted(TODAY.minusDays(2), NOTES))
                .statusCode(201).extract().path("id");
        String alertId = given().auth().oauth2(mission).contentType("application/json").body("""
                {"kind":"RE_TRAFFICKING_RISK","urgency":"URGENT","reportedBy":"FAMILY","details":"%s"}"""
                .formatted(DETAILS)).post("/api/v1/monitoring/cases/" + caseId + "/alerts").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(mission).contentType("application/json")
                .body(SurveyBodies.survey("FOLLOW_UP", TODAY.minusDays(1), 4, 3, 5))
                .post("/api/v1/monitoring/cases/" + caseId + "/surveys").then().statusCode(201);
        String feedbackId = given().auth().oauth2(mission).contentType("application/json").body("""
                {"receivedOn":"%s","language":"sw","text":"%s","consentToForward":true}""".formatted(TODAY, FEEDBACK))
                .post("/api/v1/monitoring/cases/" + caseId + "/feedback").then().statusCode(201).extract().path("id");
        // The sending office reads the contacts and the alert: both reads belong in the part's access log.
        given().auth().oauth2(office).get("/api/v1/monitoring/cases/" + caseId + "/contacts").then().statusCode(200);
        given().auth().oauth2(office).get("/api/v1/monitoring/alerts/" + alertId).then().statusCode(200);

        UUID requestId = UUID.randomUUID();
        ConsumerRecord<String, String> record = requestAccess(caseId, referralId, requestId);
        EventEnvelope envelope = events.parse(record.value());
        AccessPartAssembled announced = events.data(envelope, AccessPartAssembled.class);
        assertEquals(requestId, announced.requestId());
        assertEquals(caseId, announced.caseId());
        assertEquals(referralId, announced.referralId());
        AccessPartAssembled.Part part = events.requiredPersonal(envelope, AccessPartAssembled.Part.class);

        // The data: each kind of record, as the mission reads it through the API.
        JsonNode data = part.data();
        assertEquals(caseId.toString(), data.path("returnee").path("caseId").asText());
        assertEquals("VULNERABLE_GROUPS", data.path("returnee").path("programme").asText());
        assertEquals(TODAY.minusDays(20).toString(), data.path("returnee").path("arrivalDate").asText());
        assertTrue(data.path("returnee").path("plan").size() > 0, "the plan's items");
        assertEquals(contactId, data.path("contacts").path(0).path("id").asText());
        assertEquals(NOTES, data.path("contacts").path(0).path("wellbeingNotes").asText(), "the notes are the person's");
        assertEquals("NOT_YET_RECEIVED", data.path("contacts").path(0).path("grantUse").asText());
        assertEquals(alertId, data.path("alerts").path(0).path("id").asText());
        assertEquals("RE_TRAFFICKING_RISK", data.path("alerts").path(0).path("kind").asText());
        assertEquals(DETAILS, data.path("alerts").path(0).path("details").asText());
        assertEquals("RAISED", data.path("alerts").path(0).path("steps").path(0).path("step").asText());
        assertEquals("FOLLOW_UP", data.path("surveys").path(0).path("kind").asText());
        assertEquals(1.0, data.path("surveys").path(0).path("scores").path("psychosocial").asDouble(), 1e-9);
        assertEquals(4, data.path("surveyAnswers").path(0).path("answers").path("ECO_INCOME").asInt());
        assertEquals(feedbackId, data.path("feedback").path(0).path("id").asText());
        assertEquals(FEEDBACK, data.path("feedback").path(0).path("text").asText());
        assertEquals("FORWARDED", data.path("feedback").path(0).path("status").asText());
        assertEquals("FEEDBACK_FORWARDING", data.path("consents").path(0).path("purpose").asText());
        assertEquals("iom-oslo", data.path("consents").path(0).path("recipient").asText());
        List<String> told = new ArrayList<>();
        data.path("notifications").forEach(n -> told.add(n.path("kind").asText()));
        assertTrue(told.containsAll(List.of("HANDOVER_RECEIVED", "ALERT_RAISED", "FEEDBACK_RECEIVED")), told.toString());

        // The holdings: every class held, since when, and who receives it.
        assertEquals(8, part.holdings().size());
        part.holdings().forEach(h -> {
            assertNotNull(h.since(), h.category() + " is held");
            assertFalse(h.purpose().isBlank());
            assertTrue(h.recipients().stream().anyMatch(r -> r.startsWith("IOM office iom-oslo")), h.category());
            assertTrue(h.recipients().stream().anyMatch(r -> r.startsWith("IOM mission in KE")), h.category());
        });
        assertTrue(part.holdings().get(0).recipients().stream()
                .anyMatch(r -> r.startsWith("the partner organisation that referred you")), "the milestones");

        // The access log: the office's reads, the mission's writes, from the audit trail.
        assertTrue(part.accessLog().stream().anyMatch(e -> "iom-oslo".equals(e.org()) && "caseworker".equals(e.roles())
                && "read".equals(e.action()) && "monitoring-contact".equals(e.resource())
                && "SUCCESS".equals(e.outcome())), part.accessLog().toString());
        assertTrue(part.accessLog().stream().anyMatch(e -> "iom-oslo".equals(e.org()) && "read".equals(e.action())
                && "protection-alert".equals(e.resource())));
        assertTrue(part.accessLog().stream().anyMatch(e -> "iom-ke".equals(e.org()) && "mission".equals(e.roles())
                && "create".equals(e.action()) && "monitoring-contact".equals(e.resource())));
        assertTrue(part.accessLog().stream().anyMatch(e -> "create".equals(e.action())
                && "returnee-feedback".equals(e.resource())));
        assertTrue(part.accessLog().stream().anyMatch(e -> "create".equals(e.action())
                && "sustainability-survey".equals(e.resource())));

        // Sealed: the record in clear holds none of it.
        for (String secret : List.of(NOTES, DETAILS, FEEDBACK, "Testa", "RE_TRAFFICKING_RISK", "VULNERABLE_GROUPS",
                "wellbeing", "ECO_INCOME", "iom-ke")) {
            assertFalse(record.value().contains(secret), "sealed: " + secret);
        }
    }

    @Test
    void aCaseMonitoringNeverKnewGetsAPartThatHoldsNothing() {
        UUID caseId = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();

        EventEnvelope envelope = events.parse(requestAccess(caseId, UUID.randomUUID(), requestId).value());
        assertEquals(requestId, events.data(envelope, AccessPartAssembled.class).requestId());
        AccessPartAssembled.Part part = events.requiredPersonal(envelope, AccessPartAssembled.Part.class);

        assertTrue(part.data().isObject() && part.data().isEmpty(), "no data: " + part.data());
        assertEquals(8, part.holdings().size(), "every class it could hold, named");
        part.holdings().forEach(h -> assertNull(h.since(), h.category() + " is not held"));
        assertTrue(part.accessLog().isEmpty(), "nobody read what is not held");
    }

    @Test
    void beforeTheCaseReachedMonitoringThePartHoldsTheNotificationsOfItsReferral() {
        UUID referralId = UUID.randomUUID();
        EventProbe.send(EventTypes.REFERRAL_TOPIC, referralId.toString(), events.toJson(events.create(
                WorkItemOpened.REFERRAL, referralId.toString(), new WorkItemOpened("REFERRAL_TO_ACCEPT", referralId,
                        null, referralId, Returns.IOM_OSLO, "CASEWORKER", "/api/v1/referrals/" + referralId,
                        OffsetDateTime.now()))));
        UUID caseId = UUID.randomUUID();
        // The access request may overtake the notification: asked again until the part holds it.
        AccessPartAssembled.Part part = await().atMost(Duration.ofSeconds(30)).until(
                () -> events.requiredPersonal(events.parse(requestAccess(caseId, referralId, UUID.randomUUID())
                        .value()), AccessPartAssembled.Part.class),
                p -> p.data().path("notifications").size() == 1);

        assertEquals("REFERRAL_TO_ACCEPT", part.data().path("notifications").path(0).path("itemKind").asText());
        assertEquals(referralId.toString(), part.data().path("notifications").path(0).path("subjectId").asText());
        assertTrue(part.data().path("returnee").isMissingNode() || part.data().path("returnee").isNull());
        assertEquals(0, part.data().path("contacts").size());
        part.holdings().forEach(h -> assertEquals(h.category().startsWith("Notifications"), h.since() != null,
                h.category()));
        assertTrue(part.accessLog().isEmpty());
    }
}
