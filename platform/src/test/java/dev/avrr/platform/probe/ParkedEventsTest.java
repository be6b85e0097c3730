package dev.avrr.platform.probe;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.inbox.ParkedEventsMonitor;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.health.api.Wellness;

/**
 * A poison event is parked and the later events of its subject are held behind it, while other subjects flow on;
 * the operator lists them (no data from the events), redrives once the cause is fixed — the held events follow in
 * their order, each applied once — or discards with a reason.
 */
@QuarkusTest
class ParkedEventsTest {

    private static final String ADMIN = TestTokens.of(Roles.ADMIN, "iom-admin");
    private static final String CONSUMER = "platform-test.probe";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Wellness
    ParkedEventsMonitor monitor;

    @Test
    void aParkedEventHoldsItsSubjectUntilItIsRedrivenAndThenAllFollowInOrder() throws Exception {
        String key = "parked-" + UUID.randomUUID();
        String other = "flowing-" + UUID.randomUUID();
        ProbeConsumer.REFUSED.add(key);
        UUID first = eventOf(Probes.record(key, 1, false), key, "PARKED");
        Probes.record(key, 2, false);
        Probes.record(key, 3, false);
        Probes.record(other, 1, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> sequences(other).equals(List.of(1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> listed("HELD", key).size() == 2);
        assertEquals(List.of(), sequences(key), "nothing of the parked subject applied out of order");

        Map<String, Object> parked = listed("PARKED", key).get(0);
        assertEquals("avrr.case.probe-recorded.v1", parked.get("type"));
        assertFalse(parked.toString().contains("\"sequence\""), "no data from the event is listed");
        given().auth().oauth2(TestTokens.of(Roles.CASEWORKER, "iom-oslo")).get("/api/v1/parked-events").then()
                .statusCode(403);

        // The rule is fixed; the operator redrives: the parked event, then the two it held, in order, once each.
        ProbeConsumer.REFUSED.remove(key);
        given().auth().oauth2(ADMIN).post("/api/v1/parked-events/" + CONSUMER + "/" + first + "/redrive").then()
                .statusCode(200).body("applied", equalTo(3)).body("parkedAgain", equalTo(0))
                .body("stillHeld", equalTo(0));
        assertEquals(List.of(1, 2, 3), sequences(key));
        assertEquals(List.of(), listed("HELD", key));
        given().auth().oauth2(ADMIN).post("/api/v1/parked-events/" + CONSUMER + "/" + first + "/redrive").then()
                .statusCode(409);
        // A later event of the subject flows again.
        Probes.record(key, 4, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> sequences(key).equals(List.of(1, 2, 3, 4)));
    }

    @Test
    void aRedriveThatIsRefusedAgainParksTheEventAgainAndKeepsTheRestHeld() throws Exception {
        String key = "refused-again-" + UUID.randomUUID();
        ProbeConsumer.REFUSED.add(key);
        UUID first = eventOf(Probes.record(key, 1, false), key, "PARKED");
        Probes.record(key, 2, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> listed("HELD", key).size() == 1);
        given().auth().oauth2(ADMIN).post("/api/v1/parked-events/redrive?subject=" + key).then().statusCode(200)
                .body("applied", equalTo(0)).body("parkedAgain", equalTo(1)).body("stillHeld", equalTo(1));
        assertEquals(1, listed("PARKED", key).size());
        assertEquals(1, listed("HELD", key).size());
        assertEquals(List.of(), sequences(key));
        ProbeConsumer.REFUSED.remove(key);
        given().auth().oauth2(ADMIN).post("/api/v1/parked-events/" + CONSUMER + "/" + first + "/redrive").then()
                .statusCode(200).body("applied", equalTo(2));
        assertEquals(List.of(1, 2), sequences(key));
    }

    @Test
    void aDiscardedEventNamesWhyAndLetsTheHeldOnesFollow() throws Exception {
        String key = "discarded-" + UUID.randomUUID();
        ProbeConsumer.REFUSED.add(key);
        UUID first = eventOf(Probes.record(key, 1, false), key, "PARKED");
        Probes.record(key, 2, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> listed("HELD", key).size() == 1);
        ProbeConsumer.REFUSED.remove(key);
        given().auth().oauth2(ADMIN).contentType("application/json").body("{}")
                .post("/api/v1/parked-events/" + CONSUMER + "/" + first + "/discard").then().statusCode(400);
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body("{\"reason\":\"Superseded by a corrected event\"}")
                .post("/api/v1/parked-events/" + CONSUMER + "/" + first + "/discard").then().statusCode(200)
                .body("applied", equalTo(1));
        assertEquals(List.of(2), sequences(key), "the discarded event never took effect; the held one did");
        Map<String, Object> discarded = listed("DISCARDED", key).get(0);
        assertEquals("Superseded by a corrected event", discarded.get("resolution"));
        given().auth().oauth2(ADMIN).get("/q/health/well").then().statusCode(200);
    }

    @Test
    void aRedriveTheServiceCannotRunLeavesTheEventParked() throws Exception {
        // A parked event of a consumer this instance does not run: the redrive is refused and changes nothing.
        UUID id = UUID.randomUUID();
        String subject = "absent-" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO parked_event (consumer, event_id, event_type, subject, status, reason, event_value) "
                        + "VALUES ('platform-test.absent', ?, 'avrr.case.probe-recorded.v1', ?, 'PARKED', 'refused', "
                        + "'{}')")) {
            ps.setObject(1, id);
            ps.setString(2, subject);
            ps.executeUpdate();
        }
        given().auth().oauth2(ADMIN).post("/api/v1/parked-events/platform-test.absent/" + id + "/redrive").then()
                .statusCode(409);
        assertEquals(1, listed("PARKED", subject).size(), "still parked, to be redriven when the consumer runs");
    }

    @Test
    void theBacklogIsCountedForAlertsAndHealth() throws Exception {
        String key = "counted-" + UUID.randomUUID();
        ProbeConsumer.REFUSED.add(key);
        eventOf(Probes.record(key, 1, false), key, "PARKED");
        Probes.record(key, 2, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> listed("HELD", key).size() == 1);
        monitor.refresh();
        String metrics = given().get("/q/metrics").asString();
        assertTrue(metrics.contains("avrr_parked_events{consumer=\"" + CONSUMER + "\",status=\"PARKED\"}")
                || metrics.contains("avrr_parked_events{status=\"PARKED\",consumer=\"" + CONSUMER + "\"}"), metrics);
        assertTrue(metrics.contains("avrr_parked_oldest_seconds{consumer=\"" + CONSUMER + "\"}"));
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'parked-events' }.data.'" + CONSUMER + ".held'",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        ProbeConsumer.REFUSED.remove(key);
    }

    /** The id of the probe event of this key, once it is listed with the given status. */
    private UUID eventOf(UUID probe, String key, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !listed(status, key).isEmpty());
        return UUID.fromString(listed(status, key).get(0).get("eventId").toString());
    }

    private static List<Map<String, Object>> listed(String status, String subject) {
        List<Map<String, Object>> items = given().auth().oauth2(ADMIN).get("/api/v1/parked-events?size=100&status="
                + status).then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> mine = new ArrayList<>();
        for (Map<String, Object> item : items) {
            if (subject.equals(item.get("subject"))) {
                mine.add(item);
            }
        }
        return mine;
    }

    private List<Integer> sequences(String key) throws Exception {
        return ProbeEffects.sequences(dataSource, key);
    }
}
