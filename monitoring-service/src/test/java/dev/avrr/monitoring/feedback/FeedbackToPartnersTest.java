package dev.avrr.monitoring.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.Returns;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.FeedbackSharing;
import dev.avrr.vocabulary.events.FeedbackWords;
import dev.avrr.vocabulary.events.PartnerRecipient;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The returnee lets their feedback reach the partners who referred them, per recipient: each decision a consent
 * naming the partner, the words they approved sealed in an event for referral-service, never in clear; words that
 * hold an identifier, a coordinator outside the Swedish route, or feedback too long without a summary are refused
 * naming the rule, and nothing is recorded.
 */
@QuarkusTest
class FeedbackToPartnersTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String SUMMARY = "The sewing course started; thank you to everyone in Stockholm (fictional)";

    @Inject
    Events events;

    private static ValidatableResponse record(UUID caseId, String country, String extra) {
        return given().auth().oauth2(Returns.mission(country)).contentType("application/json").body("""
                {"receivedOn":"%s","language":"ro","text":"Fictional: a long talk about the course and the family",
                 "consentToForward":false%s}""".formatted(TODAY, extra))
                .post("/api/v1/monitoring/cases/" + caseId + "/feedback").then();
    }

    private static ValidatableResponse decide(String token, String feedbackId, String command, String recipient,
            String summary) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"recipient\":\"" + recipient + "\",\"declaredOn\":\"" + TODAY + "\",\"language\":\"ro\""
                        + (summary == null ? "" : ",\"summary\":\"" + summary + "\"") + "}")
                .post("/api/v1/monitoring/feedback/" + feedbackId + "/" + command).then();
    }

    private List<ConsumerRecord<String, String>> sharing(UUID caseId, String type, int count) {
        return EventProbe.await(EventTypes.MONITORING_TOPIC, r -> caseId.toString().equals(r.key())
                && r.value().contains(type), count, Duration.ofSeconds(20));
    }

    @Test
    void eachPartnerTheReturneeNamesGetsTheApprovedWordsSealedAndAWithdrawalIsAnnounced() {
        UUID caseId = new Returns(events).returned(Programme.SWEDISH_AVRR, "MD", TODAY.minusDays(20));
        String id = record(caseId, "MD", ",\"shareWithPartners\":[\"REFERRER\",\"COORDINATOR\"],"
                + "\"summaryForPartners\":\"" + SUMMARY + "\"").statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> shared = sharing(caseId, FeedbackSharing.SHARED, 2);
        for (ConsumerRecord<String, String> r : shared) {
            assertFalse(r.value().contains("sewing"), "the words travel sealed, never in clear");
            EventEnvelope event = events.parse(r.value());
            assertEquals(SUMMARY, events.personal(event, FeedbackWords.class).orElseThrow().text());
            assertEquals(UUID.fromString(id), events.data(event, FeedbackSharing.class).feedbackId());
        }
        assertEquals(List.of(List.of(PartnerRecipient.REFERRER), List.of(PartnerRecipient.COORDINATOR)),
                shared.stream().map(r -> events.data(events.parse(r.value()), FeedbackSharing.class).recipients())
                        .toList());
        given().auth().oauth2(Returns.mission("MD")).get("/api/v1/monitoring/cases/" + caseId + "/consents").then()
                .statusCode(200).body("findAll { it.purpose == 'FEEDBACK_TO_PARTNER' }.recipient",
                        equalTo(List.of("referrer", "coordinator")));

        decide(Returns.mission("MD"), id, "partner-sharing", "REFERRER", null).statusCode(409);
        decide(Returns.caseworker(Returns.IOM_HELSINKI), id, "partner-sharing-withdrawal", "REFERRER", null)
                .statusCode(404);
        decide(Returns.mission("MD"), id, "partner-sharing-withdrawal", "REFERRER", null).statusCode(200);
        List<ConsumerRecord<String, String>> withdrawn = sharing(caseId, FeedbackSharing.WITHDRAWN, 1);
        EventEnvelope event = events.parse(withdrawn.get(0).value());
        assertEquals(List.of(PartnerRecipient.REFERRER), events.data(event, FeedbackSharing.class).recipients());
        assertTrue(events.personal(event, FeedbackWords.class).isEmpty(), "a withdrawal carries no words");
        decide(Returns.mission("MD"), id, "partner-sharing-withdrawal", "REFERRER", null).statusCode(409);
        decide(Returns.mission("MD"), id, "partner-sharing", "REFERRER", SUMMARY).statusCode(200);
    }

    @Test
    void wordsThatWouldHurtOrCannotBeSentAreRefusedNamingTheRuleAndNothingIsRecorded() {
        UUID swedish = new Returns(events).returned(Programme.SWEDISH_AVRR, "MD", TODAY.minusDays(20));
        record(swedish, "MD", ",\"shareWithPartners\":[\"REFERRER\"],\"summaryForPartners\":\"Call me on "
                + "+40 712 345 678\"").statusCode(422).body("rule", equalTo(SharedWithPartners.NO_IDENTIFIERS));
        given().auth().oauth2(Returns.mission("MD")).get("/api/v1/monitoring/feedback?caseId=" + swedish).then()
                .statusCode(200).body("totalItems", equalTo(0));
        record(swedish, "MD", ",\"shareWithPartners\":[\"REFERRER\"],\"summaryForPartners\":\"write to "
                + "testa.fiktiv@example.org\"").statusCode(422).body("rule", equalTo(SharedWithPartners.NO_IDENTIFIERS));
        record(swedish, "MD", ",\"shareWithPartners\":[\"SOCIAL_WORKER\"]").statusCode(400);

        UUID norwegian = new Returns(events).returned(Programme.UDI_STANDARD, "MD", TODAY.minusDays(20));
        record(norwegian, "MD", ",\"shareWithPartners\":[\"COORDINATOR\"]").statusCode(422)
                .body("rule", equalTo(SharedWithPartners.COORDINATOR_ONLY_IN_SWEDEN));
        String id = record(norwegian, "MD", ",\"shareWithPartners\":[\"REFERRER\"]").statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Returns.mission("MD")).get("/api/v1/monitoring/cases/" + norwegian + "/consents")
                .then().body("purpose", hasItem("FEEDBACK_TO_PARTNER"));
        String longText = "x".repeat(1200);
        String longId = given().auth().oauth2(Returns.mission("MD")).contentType("application/json").body("""
                {"receivedOn":"%s","language":"ro","text":"%s","consentToForward":false}""".formatted(TODAY, longText))
                .post("/api/v1/monitoring/cases/" + norwegian + "/feedback").then().statusCode(201).extract().path("id");
        decide(Returns.mission("MD"), longId, "partner-sharing", "REFERRER", null).statusCode(422)
                .body("rule", equalTo(SharedWithPartners.SUMMARY_NEEDED));
        decide(Returns.mission("MD"), longId, "partner-sharing", "REFERRER", SUMMARY).statusCode(200);
        decide(Returns.mission("MD"), id, "partner-sharing", "COORDINATOR", SUMMARY).statusCode(422);
    }
}
