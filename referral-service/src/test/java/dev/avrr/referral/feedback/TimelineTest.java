package dev.avrr.referral.feedback;

import static dev.avrr.referral.Fixtures.COORDINATOR;
import static dev.avrr.referral.Fixtures.IOM_OSLO;
import static dev.avrr.referral.Fixtures.PERSON;
import static dev.avrr.referral.Fixtures.SWEDEN_CONSENTS;
import static dev.avrr.referral.Fixtures.consent;
import static dev.avrr.referral.Fixtures.get;
import static dev.avrr.referral.Fixtures.partner;
import static dev.avrr.referral.Fixtures.post;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.referral.Fixtures;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import dev.avrr.testing.WebhookReceiver;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.CaseProgressed;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.DisbursementPaid;
import dev.avrr.vocabulary.events.MonitoringMilestone;
import dev.avrr.vocabulary.events.ReintegrationPlanApproved;
import dev.avrr.vocabulary.events.ReturnCompleted;
import dev.avrr.vocabulary.events.UdiDecisionRecorded;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Återkoppling through the real broker: other services' events, as they put them on their topics, become the
 * referrer's sanitised timeline — only while the person's consent to feedback stands.
 */
@QuarkusTest
class TimelineTest {

    @Inject
    Events events;

    /** Milestones come after the referral's own steps, which happen now. */
    private static final OffsetDateTime BASE = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1);

    private static OffsetDateTime at(int minutes) {
        return BASE.plusMinutes(minutes);
    }

    /** The event as its producer would have made it at that time (a return is shown when it was recorded). */
    static EventEnvelope producedAt(OffsetDateTime time, EventEnvelope e) {
        return new EventEnvelope(e.specversion(), e.id(), e.source(), e.type(), e.subject(), time, e.datacontenttype(),
                e.correlationid(), e.personalkeyid(), e.data());
    }

    /** Puts an event on its producer's topic, keyed by the case, as the other service's outbox relay would. */
    void send(UUID caseId, EventEnvelope event) {
        EventProbe.send(EventTypes.topicOf(event.type()), caseId.toString(), events.toJson(event));
    }

    /** The whole life of a case after its referral, as the case, grant and monitoring services announce it. */
    void caseLife(UUID caseId, UUID referralId) {
        send(caseId, events.create(CaseRegistered.TYPE, caseId.toString(), new CaseRegistered(caseId, referralId,
                "iom-oslo", "ET", at(0), "NO")));
        send(caseId, events.create(UdiDecisionRecorded.TYPE, caseId.toString(), new UdiDecisionRecorded(caseId,
                referralId, "iom-oslo", "REJECTED", "UDI", at(10))));
        send(caseId, events.create(UdiDecisionRecorded.TYPE, caseId.toString(), new UdiDecisionRecorded(caseId,
                referralId, "iom-oslo", "APPROVED", "UNE", at(20))));
        send(caseId, events.create(ReintegrationPlanApproved.TYPE, caseId.toString(),
                new ReintegrationPlanApproved(caseId, UUID.randomUUID(), UUID.randomUUID(), at(25))));
        send(caseId, events.create(CaseProgressed.TRAVEL_SCHEDULED, caseId.toString(), new CaseProgressed(caseId,
                referralId, "iom-oslo", "ET", "TRAVEL_PREPARATION",
                LocalDate.of(2026, 4, 1), at(30))));
        send(caseId, events.create(CaseProgressed.DEPARTED, caseId.toString(), new CaseProgressed(caseId, referralId,
                "iom-oslo", "ET", "DEPARTED", LocalDate.of(2026, 4, 1), at(35))));
        send(caseId, producedAt(at(40), events.create(ReturnCompleted.TYPE, caseId.toString(), new ReturnCompleted(
                caseId, referralId, "NO", "iom-oslo", "ET", LocalDate.of(2026, 4, 2)))));
        // Reintegration starts with the first payment on the grant (twice paid, shown once), not with the plan
        // approved before the journey.
        for (int i = 0; i < 2; i++) {
            send(caseId, events.create(DisbursementPaid.TYPE, caseId.toString(), new DisbursementPaid(caseId,
                    UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 4, 3), at(50 + i))));
        }
        send(caseId, events.create(MonitoringMilestone.STARTED, caseId.toString(), new MonitoringMilestone(caseId, at(60))));
        send(caseId, events.create(MonitoringMilestone.CONTACT_MADE, caseId.toString(), new MonitoringMilestone(caseId, at(70))));
        send(caseId, events.create(MonitoringMilestone.CONTACT_MADE, caseId.toString(), new MonitoringMilestone(caseId, at(80))));
        send(caseId, events.create(MonitoringMilestone.COMPLETED, caseId.toString(), new MonitoringMilestone(caseId, at(90))));
        send(caseId, events.create(CaseProgressed.CLOSED, caseId.toString(), new CaseProgressed(caseId, referralId,
                "iom-oslo", "ET", "CLOSED", null, at(100))));
    }

    static final List<String> MILESTONES = List.of("CASE_OPENED", "UDI_DECISION_MADE", "UDI_DECISION_MADE",
            "TRAVEL_BOOKED", "RETURNED", "REINTEGRATION_STARTED", "MONITORING_STARTED", "MONITORING_CONTACT_MADE",
            "MONITORING_CONTACT_MADE", "MONITORING_COMPLETED", "CASE_CLOSED");

    @Test
    void theReferrerSeesItsStepsAndEveryMilestoneOfTheCaseAndNothingMore() {
        String partner = partner("ngo-timeline-" + UUID.randomUUID());
        String referral = Fixtures.acceptedInNorway(partner);
        UUID caseId = UUID.randomUUID();
        caseLife(caseId, UUID.fromString(referral));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(partner, referral + "/timeline").statusCode(200)
                .body("entries.findAll { it.kind == 'MILESTONE' }.code", contains(MILESTONES.toArray())));
        get(partner, referral + "/timeline").body("feedback", equalTo("STANDING"))
                .body("entries.code", contains("REGISTERED", "SUBMITTED", "ACCEPTED", "CASE_OPENED", "UDI_DECISION_MADE",
                        "UDI_DECISION_MADE", "TRAVEL_BOOKED", "RETURNED", "REINTEGRATION_STARTED", "MONITORING_STARTED",
                        "MONITORING_CONTACT_MADE", "MONITORING_CONTACT_MADE", "MONITORING_COMPLETED", "CASE_CLOSED"))
                .body("entries.label", hasItem("UDI decision made"))
                .body("entries.findAll { it.code == 'UDI_DECISION_MADE' }.outcome", contains("REJECTED", "APPROVED"))
                .body("entries.findAll { it.code == 'UDI_DECISION_MADE' }.stage", contains("UDI", "UNE"))
                .body("entries.findAll { it.kind == 'MILESTONE' }.byOrg", everyItem(nullValue()));
        // The timeline holds codes, labels, outcomes and times: no person, no reason.
        String body = get(partner, referral + "/timeline").extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("Testa") || body.contains("reason"), body);

        get(partner("ngo-someone-else"), referral + "/timeline").statusCode(404);
        get(IOM_OSLO, referral + "/timeline").statusCode(403);
        get(TestTokens.role(Roles.MISSION).org("iom-ethiopia").country("ET").sign(), referral + "/timeline").statusCode(403);
    }

    /**
     * docs/domain.md#the-norwegian-route: the police immigration unit is not involved in a return with IOM. A police referrer, even with the
     * person's consent to feedback, learns that IOM accepted the referral and opened and closed the case — never
     * the decision, the travel, the return, the plan or the monitoring; not on its timeline, not by webhook.
     */
    @Test
    void aPoliceReferrerIsNeverToldHowTheReturnGoes() {
        String police = partner("politi-timeline-" + UUID.randomUUID());
        String path = "police-" + UUID.randomUUID();
        WebhookTest.subscribe(police, path);
        String referral = Fixtures.acceptedInNorway(police);
        UUID caseId = UUID.randomUUID();
        caseLife(caseId, UUID.fromString(referral));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(police, referral + "/timeline").statusCode(200)
                .body("entries.findAll { it.kind == 'MILESTONE' }.code", hasItem("CASE_CLOSED")));
        get(police, referral + "/timeline").body("feedback", equalTo("STANDING"))
                .body("entries.code", contains("REGISTERED", "SUBMITTED", "ACCEPTED", "CASE_OPENED", "CASE_CLOSED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> org.junit.jupiter.api.Assertions.assertTrue(
                WebhookReceiver.received(path).stream().anyMatch(r -> r.body().contains("CASE_CLOSED"))));
        List<String> told = WebhookReceiver.received(path).stream()
                .map(r -> io.restassured.path.json.JsonPath.from(r.body()).getString("entry.code")).toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), told.stream().filter(code -> List.of(
                "UDI_DECISION_MADE", "TRAVEL_BOOKED", "RETURNED", "REINTEGRATION_STARTED", "MONITORING_STARTED",
                "MONITORING_CONTACT_MADE", "MONITORING_COMPLETED").contains(code)).toList(), "told: " + told);
    }

    @Test
    void withoutConsentToFeedbackOnlyTheReferralsOwnStepsShowAndAWithdrawalHidesTheMilestones() {
        String partner = partner("ngo-timeline-" + UUID.randomUUID());
        String noFeedback = Fixtures.created(partner, Fixtures.norway(PERSON, "[" + consent("SHARE_WITH_IOM") + "]", true));
        post(IOM_OSLO, noFeedback + "/acceptance").statusCode(200);
        String withFeedback = Fixtures.acceptedInNorway(partner);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        caseLife(first, UUID.fromString(noFeedback));
        caseLife(second, UUID.fromString(withFeedback));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(partner, withFeedback + "/timeline")
                .body("entries.code", hasItem("CASE_CLOSED")));

        get(partner, noFeedback + "/timeline").body("feedback", equalTo("NOT_GIVEN"))
                .body("entries.code", contains("REGISTERED", "SUBMITTED", "ACCEPTED"));

        post(partner, withFeedback + "/consent-withdrawal",
                "{\"purposes\":[\"FEEDBACK_TO_REFERRER\"],\"language\":\"en\",\"interpreterUsed\":false}").statusCode(200);
        get(partner, withFeedback + "/timeline").body("feedback", equalTo("WITHDRAWN"))
                .body("entries.code", contains("REGISTERED", "SUBMITTED", "ACCEPTED"));
    }

    @Test
    void onTheSwedishRouteTheCoordinatorSeesTheTimelineOnItsOwnConsent() {
        String partner = partner("socialtjansten-" + UUID.randomUUID());
        String referral = Fixtures.acceptedInSweden(partner, SWEDEN_CONSENTS);
        UUID caseId = UUID.randomUUID();
        send(caseId, events.create(CaseRegistered.TYPE, caseId.toString(), new CaseRegistered(caseId,
                UUID.fromString(referral), "iom-helsinki", "NG", at(0), "SE")));
        send(caseId, events.create(CaseProgressed.TRAVEL_SCHEDULED, caseId.toString(), new CaseProgressed(caseId,
                UUID.fromString(referral), "iom-helsinki", "NG", "TRAVEL_PREPARATION",
                LocalDate.of(2026, 4, 1), at(30))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(partner, referral + "/timeline")
                .body("entries.code", hasItem("TRAVEL_BOOKED")));
        get(partner, referral + "/timeline").body("entries.label", contains("Nytt ärende", "Hänvisning", "Meddelande",
                "Stöd", "Case opened", "Förberedelser inför och under hemresan"));

        get(COORDINATOR, referral + "/timeline").statusCode(200).body("feedback", equalTo("NOT_GIVEN"))
                .body("entries.kind", not(hasItem("MILESTONE")));
        post(COORDINATOR, referral + "/consents", "{\"purpose\":\"FEEDBACK_TO_REFERRER\",\"recipientOrg\":"
                + "\"lansstyrelsen-stockholm\",\"language\":\"en\",\"interpreterUsed\":false}").statusCode(201);
        get(COORDINATOR, referral + "/timeline").body("feedback", equalTo("STANDING"))
                .body("entries.code", hasItem("TRAVEL_BOOKED"));
    }

    @Test
    void aMilestoneThatArrivesBeforeItsCaseIsLinkedStillReachesTheTimelineAndARedeliveryCountsOnce() {
        String partner = partner("ngo-timeline-" + UUID.randomUUID());
        String referral = Fixtures.acceptedInNorway(partner);
        UUID caseId = UUID.randomUUID();
        EventEnvelope contact = events.create(MonitoringMilestone.CONTACT_MADE, caseId.toString(),
                new MonitoringMilestone(caseId, at(60)));
        send(caseId, contact);
        send(caseId, contact);
        send(caseId, events.create(CaseRegistered.TYPE, caseId.toString(), new CaseRegistered(caseId,
                UUID.fromString(referral), "iom-oslo", "ET", at(0), "NO")));
        // One partition per case: when the case is linked, both copies of the contact were read before it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(partner, referral + "/timeline")
                .body("entries.findAll { it.kind == 'MILESTONE' }.code",
                        contains("CASE_OPENED", "MONITORING_CONTACT_MADE")));
    }
}
