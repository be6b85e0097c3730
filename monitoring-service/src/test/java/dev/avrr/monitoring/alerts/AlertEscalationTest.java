package dev.avrr.monitoring.alerts;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.Returns;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.time.Now;
import dev.avrr.testing.WebhookReceiver;
import dev.avrr.vocabulary.events.Programme;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An alert nobody acknowledges within its urgency's deadline escalates: its level rises, it is pushed again to the
 * office's escalation subscribers, and it is counted. Each level fires exactly once even when two instances run the
 * job at the same moment; an acknowledged alert escalates no further. The clock is moved, not waited for.
 */
@QuarkusTest
class AlertEscalationTest {

    @Inject
    Events events;

    @Inject
    AlertEscalation escalation;

    @Inject
    MeterRegistry registry;

    private static String raise(UUID caseId, String urgency) {
        return given().auth().oauth2(Returns.mission("SO")).contentType("application/json")
                .body("{\"kind\":\"THREATS\",\"urgency\":\"" + urgency + "\",\"reportedBy\":\"FAMILY\"}")
                .post("/api/v1/monitoring/cases/" + caseId + "/alerts").then().statusCode(201).extract().path("id");
    }

    /** Two instances run the job at the same moment; returns how many escalations they made together. */
    private int twoInstancesAt(Instant at) throws Exception {
        try (Now.Fixed fixed = Now.fixedAt(at)) {
            CompletableFuture<Integer> one = CompletableFuture.supplyAsync(escalation::escalateDue);
            CompletableFuture<Integer> two = CompletableFuture.supplyAsync(escalation::escalateDue);
            return one.get() + two.get();
        }
    }

    private double counted() {
        return registry.counter(AlertEscalation.METRIC, "urgency", "URGENT").count()
                + registry.counter(AlertEscalation.METRIC, "urgency", "NORMAL").count();
    }

    private static JsonPath alert(String alertId) {
        return given().auth().oauth2(Returns.caseworker(Returns.IOM_OSLO)).get("/api/v1/monitoring/alerts/" + alertId)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> escalations(UUID caseId) {
        List<Map<String, Object>> all = given().auth().oauth2(Returns.caseworker(Returns.IOM_OSLO))
                .get("/api/v1/monitoring/notifications").then().statusCode(200).extract().jsonPath().getList("$");
        long last = all.isEmpty() ? 0 : ((Number) all.get(all.size() - 1).get("seq")).longValue();
        while (true) {
            List<Map<String, Object>> more = given().auth().oauth2(Returns.caseworker(Returns.IOM_OSLO))
                    .get("/api/v1/monitoring/notifications?after=" + last).then().extract().jsonPath().getList("$");
            if (more.isEmpty()) {
                break;
            }
            all.addAll(more);
            last = ((Number) more.get(more.size() - 1).get("seq")).longValue();
        }
        return all.stream().filter(n -> caseId.toString().equals(n.get("caseId"))
                && "ALERT_ESCALATED".equals(n.get("kind"))).toList();
    }

    @Test
    void anUnacknowledgedUrgentAlertEscalatesOncePerDeadlineAndStopsWhenAcknowledged() throws Exception {
        String office = Returns.caseworker(Returns.IOM_OSLO);
        String path = "escalations-" + UUID.randomUUID();
        given().auth().oauth2(office).delete("/api/v1/monitoring/notification-subscriptions/ESCALATIONS");
        given().auth().oauth2(office).contentType("application/json")
                .body("{\"url\":\"" + WebhookReceiver.url(path) + "\"}")
                .put("/api/v1/monitoring/notification-subscriptions/ESCALATIONS").then().statusCode(201);
        UUID caseId = new Returns(events).registered("SO", "NO", Programme.VICTIMS_OF_TRAFFICKING);
        String urgent = raise(caseId, "URGENT");
        String normal = raise(caseId, "NORMAL");
        Instant raisedAt = OffsetDateTime.parse(alert(urgent).getString("raisedAt")).toInstant();
        double counted = counted();

        int escalated = twoInstancesAt(raisedAt.plus(Duration.ofMinutes(59)));
        assertEquals(0, escalations(caseId).size(), "nothing is due before the deadline");
        assertEquals(0, alert(urgent).getInt("escalationLevel"));

        escalated += twoInstancesAt(raisedAt.plus(Duration.ofMinutes(61)));
        assertEquals(1, alert(urgent).getInt("escalationLevel"));
        assertEquals(0, alert(normal).getInt("escalationLevel"), "a normal alert has 24 hours");
        assertEquals(List.of(1), escalations(caseId).stream().map(n -> n.get("level")).toList(), "exactly once");
        assertEquals(1, alert(urgent).getList("steps.step").stream().filter("ESCALATED"::equals).count());
        await().atMost(Duration.ofSeconds(5)).until(() -> WebhookReceiver.received(path).stream()
                .anyMatch(r -> r.body().contains(urgent) && r.body().contains("\"level\":1")));

        escalated += twoInstancesAt(raisedAt.plus(Duration.ofMinutes(121)));
        assertEquals(2, alert(urgent).getInt("escalationLevel"));
        assertEquals(List.of(1, 2), escalations(caseId).stream().map(n -> n.get("level")).toList());
        await().atMost(Duration.ofSeconds(5)).until(() -> WebhookReceiver.received(path).stream()
                .anyMatch(r -> r.body().contains(urgent) && r.body().contains("\"level\":2")));
        // Every escalation is counted once: other tests' open alerts may escalate too when the clock moves.
        assertEquals(counted + escalated, counted(), 0.0);
        assertTrue(escalated >= 2);

        given().auth().oauth2(office).post("/api/v1/monitoring/alerts/" + urgent + "/acknowledgement").then()
                .statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        twoInstancesAt(raisedAt.plus(Duration.ofHours(10)));
        assertEquals(2, alert(urgent).getInt("escalationLevel"), "an acknowledged alert escalates no further");

        twoInstancesAt(raisedAt.plus(Duration.ofHours(24)).plusSeconds(60));
        assertEquals(1, alert(normal).getInt("escalationLevel"));
        assertEquals(3, escalations(caseId).size());
    }
}
