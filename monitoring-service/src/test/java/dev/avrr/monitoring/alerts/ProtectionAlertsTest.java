package dev.avrr.monitoring.alerts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.Returns;
import dev.avrr.monitoring.StoredColumns;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.ProtectionAlertNotice;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Protection alerts (docs/monitoring-service.md, state machines): a contact raises one; it reaches the sending office's caseworker at once
 * (an event that says only that an alert needs attention, and the open-alerts list); it stays open until
 * acknowledged and resolved, each step recorded.
 */
@QuarkusTest
class ProtectionAlertsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String DETAILS = "Recruiter from the first journey seen near the home";

    @Inject
    Events events;

    @Inject
    DataSource db;

    private UUID raised(UUID caseId, String country) {
        String id = Returns.contact(Returns.mission(country), caseId, """
                {"contactedOn":"%s","mode":"VISIT","reached":true,"planProgress":"DELAYED","grantUse":"AS_PLANNED",
                 "alerts":[{"kind":"RE_TRAFFICKING_RISK","details":"%s"}]}""".formatted(TODAY, DETAILS))
                .statusCode(201).body("alerts", hasSize(1)).extract().path("alerts[0]");
        return UUID.fromString(id);
    }

    private static ValidatableResponse command(String token, UUID alertId, String command, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        return request.post("/api/v1/monitoring/alerts/" + alertId + "/" + command).then();
    }

    @Test
    void aContactRaisesAnAlertThatReachesTheSendingOfficeAtOnceWithoutItsKindInTheEvent() {
        UUID caseId = new Returns(events).returned(Programme.VICTIMS_OF_TRAFFICKING, "AL", TODAY.minusDays(3));
        UUID alertId = raised(caseId, "AL");

        List<ConsumerRecord<String, String>> raised = EventProbe.await(EventTypes.MONITORING_TOPIC,
                r -> caseId.toString().equals(r.key()) && r.value().contains(ProtectionAlertNotice.RAISED), 1,
                Duration.ofSeconds(20));
        assertEquals(1, raised.size());
        ProtectionAlertNotice notice = events.data(events.parse(raised.get(0).value()), ProtectionAlertNotice.class);
        assertEquals(alertId, notice.alertId());
        assertEquals(Returns.IOM_OSLO, notice.office());
        List<String> fields = new ArrayList<>();
        events.parse(raised.get(0).value()).data().fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("alertId", "at", "caseId", "office"), fields.stream().sorted().toList());
        assertFalse(raised.get(0).value().contains("TRAFFICKING"), "the kind is read through the API only");
        assertFalse(raised.get(0).value().contains("Recruiter"));

        given().auth().oauth2(Returns.caseworker(Returns.IOM_OSLO)).queryParam("size", 100)
                .get("/api/v1/monitoring/alerts").then().statusCode(200)
                .body("items.find { it.id == '" + alertId + "' }.kind", equalTo("RE_TRAFFICKING_RISK"))
                .body("items.find { it.id == '" + alertId + "' }.status", equalTo("OPEN"));
        given().auth().oauth2(Returns.caseworker(Returns.IOM_HELSINKI)).queryParam("size", 100)
                .get("/api/v1/monitoring/alerts").then().statusCode(200).body("items.id", not(hasItem(alertId.toString())));
        given().auth().oauth2(Returns.caseworker(Returns.IOM_HELSINKI)).get("/api/v1/monitoring/alerts/" + alertId)
                .then().statusCode(404);
        given().auth().oauth2(Returns.mission("AL")).get("/api/v1/monitoring/alerts/" + alertId).then()
                .statusCode(200).body("details", equalTo(DETAILS)).body("raisedByOrg", equalTo("iom-al"));

        String kind = StoredColumns.value(db, "protection_alert", "kind", alertId);
        String details = StoredColumns.value(db, "protection_alert", "details", alertId);
        assertTrue(kind.startsWith("v2:K:test-run-at-rest:") && !kind.contains("TRAFFICKING"),
                "the kind is protected, with the service's key: the statistics count it after an erasure");
        assertFalse(details.contains("Recruiter"), "the details are protected");
    }

    @Test
    void anAlertStaysOpenUntilAcknowledgedAndResolvedEachStepRecorded() {
        UUID caseId = new Returns(events).returned(Programme.VICTIMS_OF_TRAFFICKING, "AL", TODAY.minusDays(3));
        UUID alertId = raised(caseId, "AL");
        String office = Returns.caseworker(Returns.IOM_OSLO);
        String resolution = "{\"note\":\"Moved to the partner shelter; police not involved at her wish\"}";

        command(office, alertId, "resolution", resolution).statusCode(409).body("state", equalTo("OPEN"))
                .body("guard", equalTo("resolve is allowed only from ACKNOWLEDGED"));
        command(Returns.mission("AL"), alertId, "acknowledgement", null).statusCode(403);
        command(Returns.caseworker(Returns.IOM_HELSINKI), alertId, "acknowledgement", null).statusCode(404);
        given().auth().oauth2(office).header("If-Match", "\"7\"").post("/api/v1/monitoring/alerts/" + alertId
                + "/acknowledgement").then().statusCode(412);

        command(office, alertId, "acknowledgement", null).statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        assertEquals(1, EventProbe.await(EventTypes.MONITORING_TOPIC, r -> caseId.toString().equals(r.key())
                && r.value().contains(ProtectionAlertNotice.ACKNOWLEDGED), 1, Duration.ofSeconds(20)).size());
        given().auth().oauth2(office).queryParam("caseId", caseId.toString()).get("/api/v1/monitoring/alerts").then()
                .body("items.status", equalTo(List.of("ACKNOWLEDGED")));

        command(office, alertId, "resolution", "{}").statusCode(400).body("violations[0].field", equalTo("note"));
        command(office, alertId, "resolution", resolution).statusCode(200).body("status", equalTo("RESOLVED"))
                .body("steps.step", equalTo(List.of("RAISED", "ACKNOWLEDGED", "RESOLVED")))
                .body("steps.actorOrg", equalTo(List.of("iom-al", Returns.IOM_OSLO, Returns.IOM_OSLO)))
                .body("steps[2].note", equalTo("Moved to the partner shelter; police not involved at her wish"));
        assertEquals(1, EventProbe.await(EventTypes.MONITORING_TOPIC, r -> caseId.toString().equals(r.key())
                && r.value().contains(ProtectionAlertNotice.RESOLVED), 1, Duration.ofSeconds(20)).size());

        given().auth().oauth2(office).queryParam("caseId", caseId.toString()).get("/api/v1/monitoring/alerts").then()
                .body("items", hasSize(0));
        given().auth().oauth2(office).queryParam("caseId", caseId.toString()).queryParam("status", "RESOLVED")
                .get("/api/v1/monitoring/alerts").then().body("items.id", equalTo(List.of(alertId.toString())));
        command(office, alertId, "acknowledgement", null).statusCode(409).body("state", equalTo("RESOLVED"));
    }

    @Test
    void aContactRaisesEachKindOnceAndEveryKindIsKnown() {
        UUID caseId = new Returns(events).returned(Programme.VULNERABLE_GROUPS, "AL", TODAY.minusDays(3));
        String twice = """
                {"contactedOn":"%s","mode":"PHONE","reached":false,
                 "alerts":[{"kind":"VIOLENCE"},{"kind":"VIOLENCE"}]}""".formatted(TODAY);
        Returns.contact(Returns.mission("AL"), caseId, twice).statusCode(400)
                .body("violations[0].field", equalTo("alerts"));
        Returns.contact(Returns.mission("AL"), caseId, twice.replace("{\"kind\":\"VIOLENCE\"},{\"kind\":\"VIOLENCE\"}",
                "{\"kind\":\"HAUNTING\"}")).statusCode(400).body("violations[0].field", equalTo("alerts[0].kind"));
        Returns.contact(Returns.mission("AL"), caseId, twice.replace("{\"kind\":\"VIOLENCE\"},{\"kind\":\"VIOLENCE\"}",
                "{\"kind\":\"CHILD_WITHOUT_CARE\"},{\"kind\":\"MEDICAL_EMERGENCY\"}")).statusCode(201)
                .body("alerts", hasSize(2));
    }
}
