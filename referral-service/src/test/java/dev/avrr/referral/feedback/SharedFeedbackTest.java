package dev.avrr.referral.feedback;

import static dev.avrr.referral.Fixtures.COORDINATOR;
import static dev.avrr.referral.Fixtures.SWEDEN_CONSENTS;
import static dev.avrr.referral.Fixtures.get;
import static dev.avrr.referral.Fixtures.partner;
import static dev.avrr.referral.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
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
import dev.avrr.testing.HttpsReceiver;
import dev.avrr.testing.WebhookReceiver;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.FeedbackSharing;
import dev.avrr.vocabulary.events.FeedbackWords;
import dev.avrr.vocabulary.events.PartnerRecipient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The returnee's own feedback reaches the partners who referred them (Återkoppling): the words they approved, on the
 * timeline and at the webhook of each partner their consent names, and of no other; taken off again, with what was
 * not yet delivered cancelled, when they withdraw it.
 */
@QuarkusTest
class SharedFeedbackTest {

    private static final String WORDS = "The shop is open and the children go to school (fictional)";

    @Inject
    Events events;

    @Inject
    SharedFeedbacks sharedFeedbacks;

    private void send(UUID caseId, EventEnvelope event) {
        EventProbe.send(EventTypes.topicOf(event.type()), caseId.toString(), events.toJson(event));
    }

    private void shared(UUID caseId, UUID feedbackId, PartnerRecipient to) {
        send(caseId, events.createWithPersonal(FeedbackSharing.SHARED, caseId.toString(), new FeedbackSharing(caseId,
                feedbackId, List.of(to), OffsetDateTime.now(ZoneOffset.UTC)), new FeedbackWords(WORDS)));
    }

    private void withdrawn(UUID caseId, UUID feedbackId, PartnerRecipient from) {
        send(caseId, events.create(FeedbackSharing.WITHDRAWN, caseId.toString(), new FeedbackSharing(caseId,
                feedbackId, List.of(from), OffsetDateTime.now(ZoneOffset.UTC))));
    }

    /** A Swedish referral whose case is open, the coordinator consenting to feedback too. */
    private UUID swedishCase(String partner, String referral) {
        post(COORDINATOR, referral + "/consents", "{\"purpose\":\"FEEDBACK_TO_REFERRER\",\"recipientOrg\":"
                + "\"lansstyrelsen-stockholm\",\"language\":\"en\",\"interpreterUsed\":false}").statusCode(201);
        UUID caseId = UUID.randomUUID();
        send(caseId, events.create(CaseRegistered.TYPE, caseId.toString(), new CaseRegistered(caseId,
                UUID.fromString(referral), "iom-helsinki", "NG", OffsetDateTime.now(ZoneOffset.UTC), "SE")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(partner, referral + "/timeline")
                .body("entries.code", hasItem("CASE_OPENED")));
        return caseId;
    }

    private static List<HttpsReceiver.Received> feedbackAt(String path) {
        return WebhookReceiver.received(path).stream()
                .filter(r -> "FEEDBACK".equals(JsonPath.from(r.body()).getString("entry.kind"))).toList();
    }

    @Test
    void theWordsReachOnlyThePartnerTheConsentNamesUntilTheyAreWithdrawn() {
        String partner = partner("socialtjansten-" + UUID.randomUUID());
        String path = "partner-" + UUID.randomUUID();
        WebhookTest.subscribe(partner, path);
        String referral = Fixtures.acceptedInSweden(partner, SWEDEN_CONSENTS);
        UUID caseId = swedishCase(partner, referral);
        UUID feedbackId = UUID.randomUUID();

        shared(caseId, feedbackId, PartnerRecipient.REFERRER);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(partner, referral + "/timeline")
                .body("entries.kind", hasItem("FEEDBACK")).body("entries.text", hasItem(WORDS))
                .body("entries.label", hasItem("Återkoppling")));
        get(COORDINATOR, referral + "/timeline").body("entries.kind", not(hasItem("FEEDBACK")));
        await().atMost(Duration.ofSeconds(10)).until(() -> feedbackAt(path).size() == 1);
        assertEquals(WORDS, JsonPath.from(feedbackAt(path).get(0).body()).getString("entry.text"));
        assertEquals("RETURNEE_FEEDBACK", JsonPath.from(feedbackAt(path).get(0).body()).getString("entry.code"));

        shared(caseId, feedbackId, PartnerRecipient.COORDINATOR);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(COORDINATOR, referral + "/timeline")
                .body("entries.text", hasItem(WORDS)));

        withdrawn(caseId, feedbackId, PartnerRecipient.REFERRER);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(partner, referral + "/timeline")
                .body("entries.kind", not(hasItem("FEEDBACK"))));
        get(COORDINATOR, referral + "/timeline").body("entries.text", hasItem(WORDS));
    }

    @Test
    void aWithdrawalCancelsWhatWasNotYetDelivered() {
        String partner = partner("socialtjansten-" + UUID.randomUUID());
        String path = "partner-" + UUID.randomUUID();
        WebhookTest.subscribe(partner, path);
        String referral = Fixtures.acceptedInSweden(partner, SWEDEN_CONSENTS);
        UUID caseId = swedishCase(partner, referral);
        UUID feedbackId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        // Shared and withdrawn before the dispatcher's next round: the delivery queued is cancelled, never sent.
        QuarkusTransaction.requiringNew().run(() -> {
            sharedFeedbacks.onEvent(events.createWithPersonal(FeedbackSharing.SHARED, caseId.toString(),
                    new FeedbackSharing(caseId, feedbackId, List.of(PartnerRecipient.REFERRER), now),
                    new FeedbackWords(WORDS)));
            sharedFeedbacks.onEvent(events.create(FeedbackSharing.WITHDRAWN, caseId.toString(),
                    new FeedbackSharing(caseId, feedbackId, List.of(PartnerRecipient.REFERRER), now)));
        });

        given().auth().oauth2(partner).get("/api/v1/webhook-subscription/deliveries?status=CANCELLED").then()
                .statusCode(200).body("items.kind", hasItem("FEEDBACK"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> feedbackAt(path).isEmpty());
        get(partner, referral + "/timeline").body("entries.kind", not(hasItem("FEEDBACK")));
    }
}
