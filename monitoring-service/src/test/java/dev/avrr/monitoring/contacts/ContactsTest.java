package dev.avrr.monitoring.contacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import dev.avrr.vocabulary.events.MonitoringMilestone;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Contacts (Uppföljning, docs/domain.md#the-swedish-route): date, mode, who made it, whether the returnee was reached, plan progress, grant
 * use, wellbeing notes for the mission only; a contact fulfils its due item; the last one completes the plan.
 */
@QuarkusTest
class ContactsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    Events events;

    @Inject
    DataSource db;

    @Test
    void aContactThatReachedTheReturneeFulfilsTheDueItemAndIsAnnounced() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "KE", TODAY.minusDays(2));
        String firstItem = Returns.read(Returns.mission("KE"), caseId).extract().path("plan[0].id");

        JsonPath contact = Returns.contact(Returns.mission("KE"), caseId, Returns.reachedOn(TODAY.minusDays(1)))
                .statusCode(201).body("reached", equalTo(true)).body("madeByOrg", equalTo("iom-ke"))
                .body("fulfilledItem", equalTo(firstItem)).extract().jsonPath();
        Returns.read(Returns.caseworker(Returns.IOM_OSLO), caseId).statusCode(200)
                .body("plan[0].status", equalTo("FULFILLED")).body("plan[0].fulfilledBy", equalTo(contact.getString("id")))
                .body("plan[1].status", equalTo("DUE")).body("lastContactOn", equalTo(TODAY.minusDays(1).toString()));

        assertEquals(1, EventProbe.await(EventTypes.MONITORING_TOPIC, r -> caseId.toString().equals(r.key())
                && r.value().contains(MonitoringMilestone.CONTACT_MADE), 1, Duration.ofSeconds(20)).size());
    }

    @Test
    void anAttemptThatDidNotReachTheReturneeFulfilsNothingAndIsNoMilestone() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "KE", TODAY.minusDays(2));
        Returns.contact(Returns.mission("KE"), caseId,
                "{\"contactedOn\":\"" + TODAY + "\",\"mode\":\"PHONE\",\"reached\":false}")
                .statusCode(201).body("fulfilledItem", nullValue());
        Returns.read(Returns.mission("KE"), caseId).body("plan[0].status", equalTo("DUE"))
                .body("lastContactOn", nullValue());
        assertEquals(0, EventProbe.await(EventTypes.MONITORING_TOPIC, r -> caseId.toString().equals(r.key())
                && r.value().contains(MonitoringMilestone.CONTACT_MADE), 1, Duration.ofSeconds(3)).size());
    }

    @Test
    void wellbeingNotesAreProtectedAtRestAndReadByTheMissionOnly() {
        UUID caseId = new Returns(events).returned(Programme.VULNERABLE_GROUPS, "KE", TODAY.minusDays(2));
        String notes = "Testa sleeps badly since the return; sees the clinic's counsellor";
        String id = Returns.contact(Returns.mission("KE"), caseId, """
                {"contactedOn":"%s","mode":"VISIT","reached":true,"planProgress":"DELAYED",
                 "grantUse":"NOT_YET_RECEIVED","wellbeingNotes":"%s"}""".formatted(TODAY, notes))
                .statusCode(201).body("wellbeingNotes", equalTo(notes)).extract().path("id");

        given().auth().oauth2(Returns.mission("KE")).get("/api/v1/monitoring/cases/" + caseId + "/contacts").then()
                .statusCode(200).body("items[0].wellbeingNotes", equalTo(notes))
                .body("items[0].planProgress", equalTo("DELAYED"));
        given().auth().oauth2(Returns.caseworker(Returns.IOM_OSLO)).get("/api/v1/monitoring/cases/" + caseId
                + "/contacts").then().statusCode(200).body("items[0].wellbeingNotes", nullValue())
                .body("items[0].grantUse", equalTo("NOT_YET_RECEIVED")).body("totalItems", equalTo(1));
        given().auth().oauth2(Returns.mission("UG")).get("/api/v1/monitoring/cases/" + caseId + "/contacts").then()
                .statusCode(404);

        String stored = StoredColumns.value(db, "monitoring_contact", "wellbeing_notes", UUID.fromString(id));
        assertFalse(stored.contains("sleeps"), "stored encrypted");
        assertTrue(stored.startsWith("v2:S:" + caseId + ":"), "names the key that protects it: the case's");
    }

    @Test
    void theLastItemCompletesTheMonitoringAndNothingIsRecordedAfterIt() {
        LocalDate arrival = TODAY.minusMonths(4);
        UUID caseId = new Returns(events).returned(Programme.SWEDISH_AVRR, "KE", arrival);
        for (int month = 0; month <= 3; month++) {
            Returns.contact(Returns.mission("KE"), caseId, Returns.reachedOn(arrival.plusMonths(month)))
                    .statusCode(201);
        }
        Returns.read(Returns.caseworker(Returns.IOM_HELSINKI), caseId).statusCode(200)
                .body("status", equalTo("COMPLETED")).body("endedAt", org.hamcrest.Matchers.notNullValue())
                .body("plan.status", equalTo(List.of("FULFILLED", "FULFILLED", "FULFILLED", "FULFILLED")));
        assertEquals(1, EventProbe.await(EventTypes.MONITORING_TOPIC, r -> caseId.toString().equals(r.key())
                && r.value().contains(MonitoringMilestone.COMPLETED), 1, Duration.ofSeconds(20)).size());

        Returns.contact(Returns.mission("KE"), caseId, Returns.reachedOn(TODAY)).statusCode(409)
                .body("state", equalTo("COMPLETED"))
                .body("guard", equalTo("record contact is allowed only from ACTIVE"));
    }

    @Test
    void badInputIsRefusedNamingWhatFailedAndChangesNothing() {
        LocalDate arrival = TODAY.minusDays(10);
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "KE", arrival);
        String etag = Returns.read(Returns.mission("KE"), caseId).extract().header("ETag");
        String mission = Returns.mission("KE");

        Returns.contact(mission, caseId, Returns.reachedOn(arrival.minusDays(1))).statusCode(422)
                .body("rule", equalTo("contact-not-before-return"));
        Returns.contact(mission, caseId, Returns.reachedOn(TODAY.plusDays(1))).statusCode(422)
                .body("rule", equalTo("date-in-future")).body("violations[0].field", equalTo("contactedOn"));
        Returns.contact(mission, caseId, "{\"contactedOn\":\"" + TODAY + "\",\"mode\":\"VISIT\",\"reached\":true,"
                + "\"grantUse\":\"AS_PLANNED\"}").statusCode(400).body("violations[0].field", equalTo("planProgress"));
        Returns.contact(mission, caseId, "{\"contactedOn\":\"" + TODAY + "\",\"mode\":\"PHONE\",\"reached\":false,"
                + "\"grantUse\":\"AS_PLANNED\"}").statusCode(400).body("violations[0].field", equalTo("grantUse"));
        Returns.contact(mission, caseId, "{\"contactedOn\":\"" + TODAY + "\",\"mode\":\"PIGEON\",\"reached\":false}")
                .statusCode(400).body("violations[0].field", equalTo("mode"));
        Returns.contact(mission, caseId, "{\"contactedOn\":\"" + TODAY + "\",\"mode\":\"PHONE\",\"reached\":false,"
                + "\"returneeName\":\"Testa\"}").statusCode(400).body("violations[0].field", equalTo("returneeName"));
        Returns.contact(Returns.mission("UG"), caseId, Returns.reachedOn(TODAY)).statusCode(404);
        Returns.contact(Returns.caseworker(Returns.IOM_OSLO), caseId, Returns.reachedOn(TODAY)).statusCode(403);
        given().auth().oauth2(mission).contentType("application/json").header("If-Match", "\"99\"")
                .body(Returns.reachedOn(TODAY)).post("/api/v1/monitoring/cases/" + caseId + "/contacts").then()
                .statusCode(412);

        given().auth().oauth2(mission).get("/api/v1/monitoring/cases/" + caseId + "/contacts").then()
                .body("totalItems", equalTo(0));
        Returns.read(mission, caseId).header("ETag", etag).body("plan[0].status", equalTo("DUE"));
    }

    @Test
    void everyContactMovesTheReturneesETagOnSoAStaleOneIsRefused() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "KE", TODAY.minusDays(1));
        String before = Returns.read(Returns.mission("KE"), caseId).extract().header("ETag");
        String after = given().auth().oauth2(Returns.mission("KE")).contentType("application/json")
                .header("If-Match", before).body(Returns.reachedOn(TODAY))
                .post("/api/v1/monitoring/cases/" + caseId + "/contacts").then().statusCode(201).extract()
                .header("ETag");
        assertFalse(before.equals(after), "the ETag moved on");
        Returns.read(Returns.mission("KE"), caseId).header("ETag", after);
        given().auth().oauth2(Returns.mission("KE")).contentType("application/json").header("If-Match", before)
                .body(Returns.reachedOn(TODAY)).post("/api/v1/monitoring/cases/" + caseId + "/contacts").then()
                .statusCode(412);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRecordsOneContact() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "KE", TODAY.minusDays(1));
        String key = "contact-" + UUID.randomUUID();
        String first = given().auth().oauth2(Returns.mission("KE")).contentType("application/json")
                .header("Idempotency-Key", key).body(Returns.reachedOn(TODAY))
                .post("/api/v1/monitoring/cases/" + caseId + "/contacts").then().statusCode(201)
                .header("Idempotent-Replayed", "false").extract().path("id");
        given().auth().oauth2(Returns.mission("KE")).contentType("application/json").header("Idempotency-Key", key)
                .body(Returns.reachedOn(TODAY)).post("/api/v1/monitoring/cases/" + caseId + "/contacts").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().auth().oauth2(Returns.mission("KE")).get("/api/v1/monitoring/cases/" + caseId + "/contacts").then()
                .body("totalItems", equalTo(1));
    }
}
