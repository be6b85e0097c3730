package dev.avrr.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.plans.OverdueJob;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * monitoring-service's work on the platform's work queue: the mission's handovers received and its items due and
 * overdue, the alerts to acknowledge and resolve, the feedback forwarded to the office — each on the queue of who
 * acts next, scoped by the sharing rule, newest first, paged with a count.
 */
@QuarkusTest
class WorkQueueTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    Events events;

    @Inject
    OverdueJob overdue;

    static ValidatableResponse queue(String token, String kind) {
        return given().auth().oauth2(token).queryParam("kind", kind).queryParam("size", 100)
                .get("/api/v1/work-queue").then().statusCode(200);
    }

    @Test
    void aHandoverAndThePlanWaitForTheMissionOfTheCountryOnly() {
        UUID handedOver = new Returns(events).registered("TZ", "NO", Programme.UDI_STANDARD);
        queue(Returns.mission("TZ"), "HANDOVER_RECEIVED").body("items.subjectId", hasItem(handedOver.toString()));
        queue(Returns.mission("UG"), "HANDOVER_RECEIVED").body("items.subjectId", not(hasItem(handedOver.toString())));

        UUID returned = new Returns(events).returned(Programme.UDI_STANDARD, "TZ", TODAY.minusDays(40));
        overdue.flagOverdue();
        List<String> kinds = queue(Returns.mission("TZ"), null).extract().jsonPath()
                .getList("items.findAll { it.caseId == '" + returned + "' }.kind");
        assertTrue(kinds.contains("ITEM_OVERDUE"), kinds.toString());
        String due = queue(Returns.mission("TZ"), "ITEM_OVERDUE").extract().jsonPath()
                .getString("items.find { it.caseId == '" + returned + "' }.due");
        assertTrue(LocalDate.parse(due).isBefore(TODAY), "an overdue item names its due date: " + due);
        queue(Returns.caseworker(Returns.IOM_OSLO), "ITEM_OVERDUE").body("totalItems", equalTo(0));
    }

    @Test
    void anAlertWaitsForTheSendingOfficeUntilResolvedAndTheMissionFollowsIt() {
        UUID caseId = new Returns(events).registered("ZM", "NO", Programme.VICTIMS_OF_TRAFFICKING);
        String alertId = given().auth().oauth2(Returns.mission("ZM")).contentType("application/json")
                .body("{\"kind\":\"VIOLENCE\",\"urgency\":\"NORMAL\",\"reportedBy\":\"RETURNEE\"}")
                .post("/api/v1/monitoring/cases/" + caseId + "/alerts").then().statusCode(201).extract().path("id");
        String office = Returns.caseworker(Returns.IOM_OSLO);

        queue(office, "ALERT_TO_ACKNOWLEDGE").body("items.subjectId", hasItem(alertId));
        queue(Returns.caseworker(Returns.IOM_HELSINKI), null).body("items.subjectId", not(hasItem(alertId)));
        queue(Returns.mission("ZM"), "ALERT_OPEN").body("items.subjectId", hasItem(alertId));
        given().auth().oauth2(office).post("/api/v1/monitoring/alerts/" + alertId + "/acknowledgement").then()
                .statusCode(200);
        queue(office, "ALERT_TO_ACKNOWLEDGE").body("items.subjectId", not(hasItem(alertId)));
        queue(office, "ALERT_TO_RESOLVE").body("items.subjectId", hasItem(alertId));
        given().auth().oauth2(office).contentType("application/json").body("{\"note\":\"Fictional: moved to safety\"}")
                .post("/api/v1/monitoring/alerts/" + alertId + "/resolution").then().statusCode(200);
        queue(office, null).body("items.subjectId", not(hasItem(alertId)));
        queue(Returns.mission("ZM"), "ALERT_OPEN").body("items.subjectId", not(hasItem(alertId)));
    }

    @Test
    void theQueueIsNewestFirstPagedWithACountAndRefusesAnUnknownKind() {
        String mission = Returns.mission("MW");
        new Returns(events).registered("MW", "NO", Programme.UDI_STANDARD);
        new Returns(events).registered("MW", "NO", Programme.UDI_STANDARD);
        var all = queue(mission, null).extract().jsonPath();
        List<String> since = all.getList("items.since");
        assertTrue(since.size() >= 2);
        for (int i = 1; i < since.size(); i++) {
            assertTrue(!OffsetDateTime.parse(since.get(i)).isAfter(OffsetDateTime.parse(since.get(i - 1))),
                    "newest first: " + since);
        }
        given().auth().oauth2(mission).get("/api/v1/work-queue?size=1&page=1").then().statusCode(200)
                .body("items", hasSize(1)).body("totalItems", equalTo(all.getInt("totalItems")))
                .body("items[0].subjectId", equalTo(all.getString("items[1].subjectId")));
        given().auth().oauth2(mission).get("/api/v1/work-queue?kind=SOMETHING").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        given().auth().oauth2(TestTokens.of(Roles.PARTNER, "ngo-fictional")).get("/api/v1/work-queue").then()
                .statusCode(403);
        assertEquals(0, queue(TestTokens.of(Roles.FINANCE, "iom-finance"), null).extract().jsonPath()
                .getInt("totalItems"));
    }
}
