package dev.avrr.monitoring.plans;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.Returns;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.CaseSpecifics;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.MonitoringMilestone;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The plan is made on return-completed, exactly once however often it arrives, with or without a registration
 * before it; monitoring started is announced once; the mission of the country of return and the sending office
 * see the returnee, nobody else.
 */
@QuarkusTest
class MonitoringPlanTest {

    @Inject
    Events events;

    @Test
    void aReturnThatArrivesThreeTimesMakesOnePlanAndOneStartedMilestone() {
        Returns returns = new Returns(events);
        UUID caseId = UUID.randomUUID();
        LocalDate arrival = LocalDate.now(ZoneOffset.UTC);
        String once = returns.returnCompleted(caseId, Programme.UDI_STANDARD, "NO", "IQ", arrival, Returns.adult());
        returns.sharing(caseId, 1, "IQ", "NO", true, true);
        EventProbe.send(EventTypes.CASE_TOPIC, caseId.toString(), once);
        EventProbe.send(EventTypes.CASE_TOPIC, caseId.toString(), once);
        EventProbe.send(EventTypes.CASE_TOPIC, caseId.toString(), returns.returnCompleted(caseId,
                Programme.UDI_STANDARD, "NO", "IQ", arrival.minusDays(3), Returns.adult()));
        Returns.awaitStatus(caseId, Returns.IOM_OSLO, "ACTIVE");

        List<ConsumerRecord<String, String>> started = EventProbe.await(EventTypes.MONITORING_TOPIC,
                r -> caseId.toString().equals(r.key()) && r.value().contains(MonitoringMilestone.STARTED), 1,
                Duration.ofSeconds(20));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertEquals(1, EventProbe.await(EventTypes.MONITORING_TOPIC,
                r -> caseId.toString().equals(r.key()) && r.value().contains(MonitoringMilestone.STARTED), 2,
                Duration.ofSeconds(3)).size(), "one started milestone, however often the return arrived");
        MonitoringMilestone milestone = events.data(events.parse(started.get(0).value()), MonitoringMilestone.class);
        assertEquals(caseId, milestone.caseId());

        Returns.read(Returns.mission("IQ"), caseId).statusCode(200)
                .body("arrivalDate", equalTo(arrival.toString()))
                .body("plan", hasSize(6))
                .body("plan[0].dueDate", equalTo(arrival.plusDays(7).toString()));
    }

    @Test
    void aRegisteredCaseAwaitsItsReturnAndTheReturnCompletesWhatItKnows() {
        Returns returns = new Returns(events);
        UUID caseId = returns.registered("SO", "SE", Programme.SWEDISH_AVRR);
        Returns.read(Returns.mission("SO"), caseId).statusCode(200).body("status", equalTo("AWAITING_RETURN"))
                .body("plan", hasSize(0)).body("office", equalTo(Returns.IOM_HELSINKI));

        returns.returned(caseId, Programme.SWEDISH_AVRR, "SO", LocalDate.now(ZoneOffset.UTC),
                List.of(new Traveller(UUID.randomUUID(), HouseholdRelation.APPLICANT, 31),
                        new Traveller(UUID.randomUUID(), HouseholdRelation.CHILD, 4)));
        Returns.read(Returns.mission("SO"), caseId).statusCode(200).body("status", equalTo("ACTIVE"))
                .body("programme", equalTo("SWEDISH_AVRR")).body("category", equalTo("FAMILY"))
                .body("householdSize", equalTo(2)).body("registeredAt", notNullValue())
                .body("startedAt", notNullValue()).body("plan", hasSize(4));
    }

    @Test
    void onlyTheMissionOfTheCountryAndTheSendingOfficeSeeTheReturnee() {
        UUID caseId = new Returns(events).returned(Programme.VICTIMS_OF_TRAFFICKING, "NG", LocalDate.now(ZoneOffset.UTC));
        Returns.read(Returns.mission("NG"), caseId).statusCode(200);
        Returns.read(Returns.caseworker(Returns.IOM_OSLO), caseId).statusCode(200);
        Returns.read(Returns.mission("GH"), caseId).statusCode(404).body("type", equalTo("urn:avrr:problem:not-found"));
        given().auth().oauth2(TestTokens.of(Roles.AUDITOR, "iom-audit")).queryParam("resourceType", "monitored-case")
                .queryParam("resourceId", caseId.toString()).queryParam("size", 100).get("/api/v1/audit").then()
                .statusCode(200).body("items.findAll { it.outcome == 'NOT_YOURS' }.org", hasItem("iom-gh"))
                .body("items.findAll { it.outcome == 'SUCCESS' && it.action == 'read' }.org", hasItem("iom-ng"));
        Returns.read(Returns.caseworker(Returns.IOM_HELSINKI), caseId).statusCode(404);
        Returns.read(TestTokens.of(Roles.MISSION, "iom-abuja"), caseId).statusCode(403);
        Returns.read(TestTokens.of(Roles.PARTNER, "ngo-test"), caseId).statusCode(403);

        given().auth().oauth2(Returns.mission("NG")).queryParam("status", "ACTIVE").queryParam("size", 100)
                .get("/api/v1/monitoring/cases").then().statusCode(200)
                .body("items.caseId", hasItem(caseId.toString()))
                .body("items.countryOfReturn.unique()", equalTo(List.of("NG")));
        given().auth().oauth2(Returns.mission("GH")).queryParam("size", 100).get("/api/v1/monitoring/cases").then()
                .statusCode(200).body("items.caseId", not(hasItem(caseId.toString())));
        given().auth().oauth2(Returns.caseworker(Returns.IOM_HELSINKI)).queryParam("size", 100)
                .get("/api/v1/monitoring/cases").then().statusCode(200)
                .body("items.caseId", not(hasItem(caseId.toString())));
        given().auth().oauth2(Returns.mission("NG")).queryParam("status", "LOST").get("/api/v1/monitoring/cases")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(Returns.mission("NG")).queryParam("arrivedFrom", "last week")
                .get("/api/v1/monitoring/cases").then().statusCode(400)
                .body("violations[0].field", equalTo("arrivedFrom"));
    }

    @Test
    void theEventsSayNothingOfThePerson() {
        UUID caseId = UUID.randomUUID();
        new Returns(events).sendSealed(caseId, CaseRegistered.TYPE, new CaseRegistered(caseId, null, Returns.IOM_OSLO,
                "ET", OffsetDateTime.now(), "NO"), new CaseSpecifics(Programme.VULNERABLE_GROUPS, null));
        Returns.awaitStatus(caseId, Returns.IOM_OSLO, "AWAITING_RETURN");
        new Returns(events).returned(caseId, Programme.VULNERABLE_GROUPS, "ET", LocalDate.now(ZoneOffset.UTC),
                Returns.adult());
        ConsumerRecord<String, String> started = EventProbe.await(EventTypes.MONITORING_TOPIC,
                r -> caseId.toString().equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
        var data = events.parse(started.value()).data();
        assertEquals(List.of("at", "caseId"), iterator(data.fieldNames()), "ids and a time, not even the country");
    }

    private static List<String> iterator(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        list.sort(String::compareTo);
        return list;
    }
}
