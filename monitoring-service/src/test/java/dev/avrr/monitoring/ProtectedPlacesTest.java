package dev.avrr.monitoring;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.alerts.ProtectionAlert;
import dev.avrr.monitoring.contacts.MonitoringContact;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.SealedValues;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each protected value is bound to its place (docs/domain.md#protection-at-rest): a sealed value copied into another
 * row, or into another column of its row, by someone who can write the database but holds no key, does not open
 * there — while the row it came from still reads.
 */
@QuarkusTest
class ProtectedPlacesTest {

    private static final LocalDate ARRIVAL = LocalDate.of(2018, 3, 5);

    @Inject
    Events events;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @Test
    void aSealedValueCopiedIntoAnotherRowOrColumnDoesNotOpen() {
        UUID caseId = new Returns(events).returned(Programme.VULNERABLE_GROUPS, "ML", ARRIVAL);
        String mission = Returns.mission("ML");
        String first = Returns.contact(mission, caseId, """
                {"contactedOn":"%s","mode":"VISIT","reached":true,"planProgress":"ON_TRACK","grantUse":"AS_PLANNED",
                 "wellbeingNotes":"Settled with cousin Fiktiva"}"""
                .formatted(ARRIVAL.plusDays(2))).statusCode(201).extract().path("id");
        String second = Returns.contact(mission, caseId, """
                {"contactedOn":"%s","mode":"PHONE","reached":true,"planProgress":"ON_TRACK","grantUse":"AS_PLANNED",
                 "wellbeingNotes":"Looking for work"}"""
                .formatted(ARRIVAL.plusDays(9))).statusCode(201).extract().path("id");
        String alertId = given().auth().oauth2(mission).contentType("application/json").body("""
                {"kind":"RE_TRAFFICKING_RISK","urgency":"URGENT","reportedBy":"FAMILY","details":"A fictional lead"}""")
                .post("/api/v1/monitoring/cases/" + caseId + "/alerts").then().statusCode(201).extract().path("id");

        // Another row of the same column, same person, same key: the value does not open in the other row.
        Map<String, String> secondNotes = DatabaseScan.backup(dataSource, "monitoring_contact", "id",
                "wellbeing_notes", "id = ?::uuid", second);
        Map<String, String> firstNotes = DatabaseScan.backup(dataSource, "monitoring_contact", "id", "wellbeing_notes",
                "id = ?::uuid", first);
        assertTrue(firstNotes.get(first).startsWith("v2:S:" + caseId + ":"), firstNotes.toString());
        DatabaseScan.restore(dataSource, "monitoring_contact", "id", "wellbeing_notes",
                Map.of(second, firstNotes.get(first)));
        SealedValues.assertDoesNotOpen(() -> read(MonitoringContact.class, UUID.fromString(second)));
        assertEquals("Settled with cousin Fiktiva",
                read(MonitoringContact.class, UUID.fromString(first)).wellbeingNotes, "the row it came from reads");

        // Another column of the same row: the alert's details written where its kind is kept do not open either.
        Map<String, String> kind = DatabaseScan.backup(dataSource, "protection_alert", "id", "kind", "id = ?::uuid",
                alertId);
        Map<String, String> details = DatabaseScan.backup(dataSource, "protection_alert", "id", "details",
                "id = ?::uuid", alertId);
        DatabaseScan.restore(dataSource, "protection_alert", "id", "kind", details);
        SealedValues.assertDoesNotOpen(() -> read(ProtectionAlert.class, UUID.fromString(alertId)));

        // Put back where they belong, the values open again (and the other tests find the rows whole).
        DatabaseScan.restore(dataSource, "protection_alert", "id", "kind", kind);
        DatabaseScan.restore(dataSource, "monitoring_contact", "id", "wellbeing_notes", secondNotes);
        assertEquals("A fictional lead", read(ProtectionAlert.class, UUID.fromString(alertId)).details);
        assertEquals("Looking for work", read(MonitoringContact.class, UUID.fromString(second)).wellbeingNotes);
    }

    private <T> T read(Class<T> type, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            T found = em.find(type, id);
            em.clear();
            return found;
        });
    }
}
