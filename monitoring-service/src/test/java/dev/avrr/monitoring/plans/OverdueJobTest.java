package dev.avrr.monitoring.plans;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.Returns;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The overdue job flags items the day after their due date; each mission's overdue list shows its own country's
 * items (the sending office's, its cases'); a late contact takes an item off it; the mission closes what it
 * could not fulfil as missed.
 */
@QuarkusTest
class OverdueJobTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    Events events;

    @Inject
    OverdueJob job;

    /** The overdue items of one returnee on the list the token sees. */
    private static List<Map<String, Object>> overdueOf(String token, UUID caseId) {
        return given().auth().oauth2(token).queryParam("size", 100).get("/api/v1/monitoring/overdue-items").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.caseId == '" + caseId + "' }");
    }

    @Test
    void theJobFlagsItemsPastTheirDueDateOntoTheMissionsOverdueList() {
        LocalDate arrival = TODAY.minusDays(40);
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "TZ", arrival);
        assertEquals(List.of(), overdueOf(Returns.mission("TZ"), caseId), "nothing is overdue before the job runs");

        job.flagOverdue();

        List<Map<String, Object>> overdue = overdueOf(Returns.mission("TZ"), caseId);
        assertEquals(List.of("Arrival contact", "Follow-up: month 1"), overdue.stream().map(o -> o.get("label")).toList());
        LocalDate due = arrival.plusDays(7);
        assertEquals(due.toString(), overdue.get(0).get("dueDate"));
        assertEquals(due.plusDays(1).toString(), overdue.get(0).get("overdueSince"));
        assertEquals((int) ChronoUnit.DAYS.between(due, TODAY), overdue.get(0).get("daysOverdue"));
        assertEquals(2, overdueOf(Returns.caseworker(Returns.IOM_OSLO), caseId).size());
        assertEquals(0, overdueOf(Returns.mission("UG"), caseId).size());
        assertEquals(0, overdueOf(Returns.caseworker(Returns.IOM_HELSINKI), caseId).size());
        Returns.read(Returns.mission("TZ"), caseId).body("plan.status",
                equalTo(List.of("OVERDUE", "OVERDUE", "DUE", "DUE", "DUE", "DUE")));
    }

    @Test
    void itemsBecomeOverdueAsTheDaysPassOnTheClockTheRulesRead() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "TZ", TODAY);
        try (Now.Fixed dayEight = Now.fixedAt(TODAY.plusDays(8).atStartOfDay().toInstant(ZoneOffset.UTC))) {
            job.flagOverdue();
            List<Map<String, Object>> overdue = overdueOf(Returns.mission("TZ"), caseId);
            assertEquals(List.of("Arrival contact"), overdue.stream().map(o -> o.get("label")).toList());
            assertEquals(1, overdue.get(0).get("daysOverdue"));
        }
        try (Now.Fixed dayForty = Now.fixedAt(TODAY.plusDays(40).atStartOfDay().toInstant(ZoneOffset.UTC))) {
            job.flagOverdue();
            assertEquals(List.of("Arrival contact", "Follow-up: month 1"),
                    overdueOf(Returns.mission("TZ"), caseId).stream().map(o -> o.get("label")).toList());
        }
    }

    @Test
    void anItemDueTodayIsNotOverdueYet() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "TZ", TODAY.minusDays(7));
        job.flagOverdue();
        Returns.read(Returns.mission("TZ"), caseId).body("plan[0].dueDate", equalTo(TODAY.toString()))
                .body("plan[0].status", equalTo("DUE"));
        assertEquals(0, overdueOf(Returns.mission("TZ"), caseId).size());
    }

    @Test
    void aLateContactFulfilsTheOldestOverdueItemAndTakesItOffTheList() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "TZ", TODAY.minusDays(40));
        job.flagOverdue();
        Returns.contact(Returns.mission("TZ"), caseId, Returns.reachedOn(TODAY)).statusCode(201);
        assertEquals(List.of("Follow-up: month 1"),
                overdueOf(Returns.mission("TZ"), caseId).stream().map(o -> o.get("label")).toList());
        Returns.read(Returns.mission("TZ"), caseId).body("plan[0].status", equalTo("FULFILLED"));
    }

    @Test
    void theMissionClosesAnOverdueItemItCouldNotFulfilAsMissed() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "TZ", TODAY.minusDays(40));
        job.flagOverdue();
        List<String> items = Returns.read(Returns.mission("TZ"), caseId).extract().jsonPath().getList("plan.id");
        String path = "/api/v1/monitoring/cases/" + caseId + "/items/";

        given().auth().oauth2(Returns.mission("TZ")).post(path + items.get(2) + "/missed").then().statusCode(409)
                .body("state", equalTo("DUE")).body("guard", equalTo("miss is allowed only from OVERDUE"));
        given().auth().oauth2(Returns.mission("UG")).post(path + items.get(0) + "/missed").then().statusCode(404);
        given().auth().oauth2(Returns.caseworker(Returns.IOM_OSLO)).post(path + items.get(0) + "/missed").then()
                .statusCode(403);
        given().auth().oauth2(Returns.mission("TZ")).post(path + UUID.randomUUID() + "/missed").then().statusCode(404);

        given().auth().oauth2(Returns.mission("TZ")).post(path + items.get(0) + "/missed").then().statusCode(200)
                .body("plan[0].status", equalTo("MISSED")).body("status", equalTo("ACTIVE"));
        assertEquals(List.of("Follow-up: month 1"),
                overdueOf(Returns.mission("TZ"), caseId).stream().map(o -> o.get("label")).toList());
    }
}
