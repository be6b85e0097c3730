package dev.avrr.monitoring.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.Returns;
import dev.avrr.monitoring.StoredColumns;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The returnee's own feedback (Återkoppling, docs/domain.md#the-swedish-route): recorded by the mission, forwarded to the sending office
 * (IOM Helsinki, which keeps the Swedish partners informed) only with the returnee's consent, each decision
 * recorded; never in an event.
 */
@QuarkusTest
class FeedbackForwardingTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String HELSINKI = Returns.caseworker(Returns.IOM_HELSINKI);
    private static final String TEXT = "Tack till alla i Stockholm; the sewing course started";

    @Inject
    Events events;

    @Inject
    DataSource db;

    private static String feedback(boolean consent) {
        return """
                {"receivedOn":"%s","language":"ro","text":"%s","consentToForward":%s}""".formatted(TODAY, TEXT, consent);
    }

    private static ValidatableResponse record(UUID caseId, boolean consent) {
        return given().auth().oauth2(Returns.mission("MD")).contentType("application/json").body(feedback(consent))
                .post("/api/v1/monitoring/cases/" + caseId + "/feedback").then();
    }

    private static ValidatableResponse read(String token, String feedbackId) {
        return given().auth().oauth2(token).get("/api/v1/monitoring/feedback/" + feedbackId).then();
    }

    private static ValidatableResponse decide(String token, String feedbackId, String command) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"declaredOn\":\"" + TODAY + "\",\"language\":\"ro\"}")
                .post("/api/v1/monitoring/feedback/" + feedbackId + "/" + command).then();
    }

    @Test
    void feedbackGivenWithConsentIsForwardedToTheSendingOffice() {
        UUID caseId = new Returns(events).returned(Programme.SWEDISH_AVRR, "MD", TODAY.minusDays(20));
        String id = record(caseId, true).statusCode(201).body("status", equalTo("FORWARDED"))
                .body("forwardedAt", notNullValue()).extract().path("id");

        read(HELSINKI, id).statusCode(200).body("text", equalTo(TEXT)).body("language", equalTo("ro"));
        given().auth().oauth2(HELSINKI).queryParam("caseId", caseId.toString()).get("/api/v1/monitoring/feedback")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        read(Returns.caseworker(Returns.IOM_OSLO), id).statusCode(404);
        given().auth().oauth2(HELSINKI).get("/api/v1/monitoring/cases/" + caseId + "/consents").then()
                .body("purpose", equalTo(List.of("FEEDBACK_FORWARDING"))).body("decision", equalTo(List.of("GIVEN")))
                .body("recipient", equalTo(List.of(Returns.IOM_HELSINKI))).body("feedbackId", equalTo(List.of(id)));
    }

    @Test
    void feedbackWithoutConsentStaysWithTheMissionUntilTheReturneeConsents() {
        UUID caseId = new Returns(events).returned(Programme.SWEDISH_AVRR, "MD", TODAY.minusDays(20));
        String id = record(caseId, false).statusCode(201).body("status", equalTo("KEPT"))
                .body("forwardedAt", nullValue()).extract().path("id");

        read(HELSINKI, id).statusCode(404);
        given().auth().oauth2(HELSINKI).queryParam("size", 100).get("/api/v1/monitoring/feedback").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        read(Returns.mission("MD"), id).statusCode(200).body("text", equalTo(TEXT));
        decide(HELSINKI, id, "forwarding").statusCode(403);

        decide(Returns.mission("MD"), id, "forwarding").statusCode(200).body("status", equalTo("FORWARDED"));
        read(HELSINKI, id).statusCode(200).body("text", equalTo(TEXT));
        decide(Returns.mission("MD"), id, "forwarding").statusCode(409).body("state", equalTo("FORWARDED"));
    }

    @Test
    void theReturneeMayWithdrawTheConsentAndTheOfficeNoLongerReadsIt() {
        UUID caseId = new Returns(events).returned(Programme.SWEDISH_AVRR, "MD", TODAY.minusDays(20));
        String id = record(caseId, true).statusCode(201).extract().path("id");

        decide(HELSINKI, id, "consent-withdrawal").statusCode(200).body("status", equalTo("KEPT"))
                .body("text", nullValue());
        read(HELSINKI, id).statusCode(404);
        read(Returns.mission("MD"), id).statusCode(200).body("text", equalTo(TEXT));
        decide(Returns.mission("MD"), id, "consent-withdrawal").statusCode(409).body("state", equalTo("KEPT"));
        given().auth().oauth2(Returns.mission("MD")).get("/api/v1/monitoring/cases/" + caseId + "/consents").then()
                .body("decision", equalTo(List.of("GIVEN", "WITHDRAWN")))
                .body("takenByOrg", equalTo(List.of("iom-md", Returns.IOM_HELSINKI)));
    }

    @Test
    void theTextIsProtectedAtRestAndNeverTravelsInAnEvent() {
        UUID caseId = new Returns(events).returned(Programme.SWEDISH_AVRR, "MD", TODAY.minusDays(20));
        String id = record(caseId, true).statusCode(201).extract().path("id");
        String stored = StoredColumns.value(db, "returnee_feedback", "text", UUID.fromString(id));
        assertTrue(stored.startsWith("v2:S:" + caseId + ":"), "sealed with the case's key");
        assertFalse(stored.contains("Stockholm"));
        var onTopic = EventProbe.await(EventTypes.MONITORING_TOPIC, r -> caseId.toString().equals(r.key()), 1,
                Duration.ofSeconds(20));
        assertFalse(onTopic.isEmpty(), "monitoring started was announced");
        onTopic.forEach(r -> assertFalse(r.value().contains("Stockholm") || r.value().contains("sewing")));
    }

    @Test
    void feedbackIsRecordedAfterTheReturnAndInAKnownLanguage() {
        UUID caseId = new Returns(events).registered("MD", "SE", Programme.SWEDISH_AVRR);
        record(caseId, true).statusCode(409).body("state", equalTo("AWAITING_RETURN"));
        given().auth().oauth2(Returns.mission("MD")).contentType("application/json")
                .body(feedback(true).replace("\"ro\"", "\"Romanian\""))
                .post("/api/v1/monitoring/cases/" + caseId + "/feedback").then().statusCode(400)
                .body("violations[0].field", equalTo("language"));
    }
}
