package dev.avrr.monitoring.returnees;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.Returns;
import dev.avrr.platform.events.Events;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A returnee's programme, household category and schedule tell that the person is a victim of trafficking or a
 * child alone: nobody reading monitoring-service's table learns them, and the office and the mission still do.
 */
@QuarkusTest
class SpecialCategoriesTest {

    @Inject
    Events events;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theProgrammeCategoryAndScheduleAreProtectedAndShownToThoseWhoMaySeeTheReturnee() throws Exception {
        UUID caseId = UUID.randomUUID();
        LocalDate arrival = LocalDate.now().minusDays(41);
        new Returns(events).returned(caseId, Programme.VICTIMS_OF_TRAFFICKING, "ET", arrival,
                List.of(new Traveller(UUID.randomUUID(), HouseholdRelation.APPLICANT, 16)));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT programme, category, schedule_id FROM monitored_case WHERE case_id = ?")) {
            s.setObject(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                for (int column = 1; column <= 3; column++) {
                    String stored = r.getString(column);
                    assertTrue(stored.contains(":"), "protected as keyId:sealed: " + stored);
                    assertFalse(stored.contains("TRAFFICKING") || stored.contains("MINOR"), stored);
                }
            }
        }
        given().auth().oauth2(Returns.caseworker(Returns.IOM_OSLO)).get("/api/v1/monitoring/cases/" + caseId).then()
                .statusCode(200).body("programme", equalTo("VICTIMS_OF_TRAFFICKING")).body("category", equalTo("MINOR"));
        given().auth().oauth2(Returns.mission("ET")).queryParam("programme", "VICTIMS_OF_TRAFFICKING")
                .queryParam("arrivedFrom", arrival.toString()).queryParam("arrivedTo", arrival.toString()).get("/api/v1/monitoring/cases").then().statusCode(200)
                .body("items.findAll { it.caseId == '" + caseId + "' }.size()", equalTo(1));
        given().auth().oauth2(Returns.mission("ET")).queryParam("programme", "UDI_STANDARD")
                .queryParam("arrivedFrom", arrival.toString()).queryParam("arrivedTo", arrival.toString())
                .get("/api/v1/monitoring/cases").then().statusCode(200)
                .body("items.findAll { it.caseId == '" + caseId + "' }.size()", equalTo(0));
    }
}
