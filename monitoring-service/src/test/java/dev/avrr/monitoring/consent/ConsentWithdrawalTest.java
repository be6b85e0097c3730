package dev.avrr.monitoring.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.Returns;
import dev.avrr.monitoring.plans.OverdueJob;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.MonitoringMilestone;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The returnee may decline further monitoring (docs/domain.md#voluntary-with-consent: at the returnee's own request; consent may be withdrawn):
 * recorded as consent withdrawn — when, in which language, who took it — and the plan stops.
 */
@QuarkusTest
class ConsentWithdrawalTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    Events events;

    @Inject
    OverdueJob job;

    private static ValidatableResponse withdraw(String token, UUID caseId, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/monitoring/cases/" + caseId + "/consent-withdrawal").then();
    }

    private static String declared(LocalDate on, String language) {
        return "{\"declaredOn\":\"" + on + "\",\"language\":\"" + language + "\"}";
    }

    @Test
    void aReturneeWhoDeclinesFurtherMonitoringEndsItEarlyAndThePlanStops() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "ER", TODAY.minusDays(40));
        Returns.contact(Returns.mission("ER"), caseId, Returns.reachedOn(TODAY.minusDays(39))).statusCode(201);

        withdraw(Returns.mission("ER"), caseId, declared(TODAY, "ti")).statusCode(200)
                .body("status", equalTo("ENDED_EARLY"))
                .body("plan.status", equalTo(List.of("FULFILLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED",
                        "CANCELLED")));
        given().auth().oauth2(Returns.caseworker(Returns.IOM_OSLO)).get("/api/v1/monitoring/cases/" + caseId
                + "/consents").then().statusCode(200).body("", hasSize(1))
                .body("[0].purpose", equalTo("MONITORING")).body("[0].decision", equalTo("WITHDRAWN"))
                .body("[0].language", equalTo("ti")).body("[0].declaredOn", equalTo(TODAY.toString()))
                .body("[0].takenByOrg", equalTo("iom-er")).body("[0].recipient", equalTo("mission:ER"));
        assertEquals(1, EventProbe.await(EventTypes.MONITORING_TOPIC, r -> caseId.toString().equals(r.key())
                && r.value().contains(MonitoringMilestone.ENDED_EARLY), 1, Duration.ofSeconds(20)).size());

        job.flagOverdue();
        Returns.read(Returns.mission("ER"), caseId).body("plan[1].status", equalTo("CANCELLED"));
        Returns.contact(Returns.mission("ER"), caseId, Returns.reachedOn(TODAY)).statusCode(409)
                .body("state", equalTo("ENDED_EARLY"));
        withdraw(Returns.mission("ER"), caseId, declared(TODAY, "ti")).statusCode(409)
                .body("state", equalTo("ENDED_EARLY"));
    }

    @Test
    void theSendingOfficeMayRecordItTooButNoOtherOffice() {
        UUID caseId = new Returns(events).returned(Programme.SWEDISH_AVRR, "ER", TODAY.minusDays(3));
        withdraw(Returns.caseworker(Returns.IOM_OSLO), caseId, declared(TODAY, "sv")).statusCode(404);
        withdraw(Returns.mission("SO"), caseId, declared(TODAY, "sv")).statusCode(404);
        withdraw(Returns.caseworker(Returns.IOM_HELSINKI), caseId, declared(TODAY, "sv")).statusCode(200)
                .body("status", equalTo("ENDED_EARLY"));
    }

    @Test
    void aWithdrawalMustSayWhenAndInWhichLanguage() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "ER", TODAY.minusDays(3));
        withdraw(Returns.mission("ER"), caseId, declared(TODAY, "Tigrinya")).statusCode(400)
                .body("violations[0].field", equalTo("language"));
        withdraw(Returns.mission("ER"), caseId, declared(TODAY.plusDays(1), "ti")).statusCode(422)
                .body("rule", equalTo("date-in-future")).body("violations[0].field", equalTo("declaredOn"));
        Returns.read(Returns.mission("ER"), caseId).body("status", equalTo("ACTIVE"));
    }

    @Test
    void beforeTheReturnThereIsNoMonitoringToDecline() {
        UUID caseId = new Returns(events).registered("ER", "NO", Programme.VULNERABLE_GROUPS);
        withdraw(Returns.mission("ER"), caseId, declared(TODAY, "ti")).statusCode(409)
                .body("state", equalTo("AWAITING_RETURN"));
    }
}
