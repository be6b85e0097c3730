package dev.avrr.monitoring.alerts;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.Returns;
import dev.avrr.monitoring.plans.OverdueJob;
import dev.avrr.monitoring.plans.PlanItems;
import dev.avrr.platform.events.Events;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A protection concern can be raised for a returnee at any time after the handover to the mission — before
 * departure, during monitoring, after it completed or ended early — by the mission or the sending office, with its
 * kind, urgency and who reported it; once the person withdrew their consent to monitoring, under their vital
 * interests. Before the handover it is refused naming the guard; a returnee not the caller's is not found; a kind
 * or urgency not known is a 400 naming it.
 */
@QuarkusTest
class AlertsAtAnyTimeTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String CONCERN = """
            {"kind":"RE_TRAFFICKING_RISK","urgency":"URGENT","reportedBy":"FAMILY",
             "details":"The recruiter came to the house again (fictional)"}""";

    @Inject
    Events events;

    @Inject
    OverdueJob job;

    private static ValidatableResponse raise(String token, UUID caseId, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/monitoring/cases/" + caseId + "/alerts").then();
    }

    @Test
    void theMissionRaisesAConcernBeforeDepartureAndItReachesTheSendingOffice() {
        UUID caseId = new Returns(events).registered("NG", "NO", Programme.VICTIMS_OF_TRAFFICKING);
        String id = raise(Returns.mission("NG"), caseId, CONCERN).statusCode(201)
                .body("kind", equalTo("RE_TRAFFICKING_RISK")).body("urgency", equalTo("URGENT"))
                .body("reportedBy", equalTo("FAMILY")).body("legalBasis", equalTo("CONSENT"))
                .body("status", equalTo("OPEN")).body("contactId", nullValue())
                .body("steps[0].step", equalTo("RAISED")).extract().path("id");
        given().auth().oauth2(Returns.caseworker(Returns.IOM_OSLO)).get("/api/v1/monitoring/alerts?caseId=" + caseId)
                .then().statusCode(200).body("items[0].id", equalTo(id)).body("items[0].urgency", equalTo("URGENT"));
    }

    @Test
    void theSendingOfficeRaisesOneAfterMonitoringEndedEarlyUnderTheVitalInterests() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "ER", TODAY.minusDays(40));
        given().auth().oauth2(Returns.mission("ER")).contentType("application/json")
                .body("{\"declaredOn\":\"" + TODAY + "\",\"language\":\"ti\"}")
                .post("/api/v1/monitoring/cases/" + caseId + "/consent-withdrawal").then().statusCode(200)
                .body("status", equalTo("ENDED_EARLY"));
        raise(Returns.caseworker(Returns.IOM_OSLO), caseId, CONCERN.replace("FAMILY", "PARTNER")).statusCode(201)
                .body("legalBasis", equalTo("VITAL_INTERESTS")).body("reportedBy", equalTo("PARTNER"));
        Returns.read(Returns.caseworker(Returns.IOM_OSLO), caseId).body("status", equalTo("ENDED_EARLY"));
    }

    @Test
    void anAlertAfterThePlanCompletedReopensFollowUpWithOneProtectionItem() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "TG", TODAY.minusYears(2));
        job.flagOverdue();
        List<String> items = Returns.read(Returns.mission("TG"), caseId).extract().jsonPath().getList("plan.id");
        for (String item : items) {
            given().auth().oauth2(Returns.mission("TG"))
                    .post("/api/v1/monitoring/cases/" + caseId + "/items/" + item + "/missed").then().statusCode(200);
        }
        Returns.read(Returns.mission("TG"), caseId).body("status", equalTo("COMPLETED"));

        raise(Returns.mission("TG"), caseId, CONCERN).statusCode(201).body("legalBasis", equalTo("CONSENT"));
        Returns.read(Returns.mission("TG"), caseId).body("status", equalTo("ACTIVE"))
                .body("plan", hasSize(items.size() + 1))
                .body("plan[-1].label", equalTo(PlanItems.PROTECTION_FOLLOW_UP))
                .body("plan[-1].status", equalTo("DUE"))
                .body("plan[-1].dueDate", equalTo(TODAY.plusDays(1).toString()))
                .body("plan[0].status", equalTo("MISSED"));

        Returns.contact(Returns.mission("TG"), caseId, Returns.reachedOn(TODAY)).statusCode(201);
        Returns.read(Returns.mission("TG"), caseId).body("status", equalTo("COMPLETED"))
                .body("plan[-1].status", equalTo("FULFILLED"));
    }

    @Test
    void aPlanEndedEarlyIsNotReopened() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "LR", TODAY.minusDays(10));
        given().auth().oauth2(Returns.mission("LR")).contentType("application/json")
                .body("{\"declaredOn\":\"" + TODAY + "\",\"language\":\"en\"}")
                .post("/api/v1/monitoring/cases/" + caseId + "/consent-withdrawal").then().statusCode(200);
        int items = Returns.read(Returns.mission("LR"), caseId).extract().jsonPath().getList("plan").size();
        raise(Returns.mission("LR"), caseId, CONCERN).statusCode(201).body("legalBasis", equalTo("VITAL_INTERESTS"));
        Returns.read(Returns.caseworker(Returns.IOM_OSLO), caseId).body("status", equalTo("ENDED_EARLY"))
                .body("plan", hasSize(items));
    }

    @Test
    void duringMonitoringAnAlertNeedsNoContact() {
        UUID caseId = new Returns(events).returned(Programme.VULNERABLE_GROUPS, "AL", TODAY.minusDays(3));
        raise(Returns.mission("AL"), caseId, """
                {"kind":"THREATS","urgency":"NORMAL","reportedBy":"RETURNEE"}""").statusCode(201)
                .body("kind", equalTo("THREATS")).body("legalBasis", equalTo("CONSENT"));
    }

    @Test
    void beforeTheHandoverNoneIsRaisedAndAReturneeNotYoursIsNotFound() {
        Returns returns = new Returns(events);
        UUID caseId = returns.registered("SO", "NO", Programme.VULNERABLE_GROUPS);
        returns.sharing(caseId, 2, "SO", "NO", false, true);
        await().until(() -> given().auth().oauth2(Returns.mission("SO"))
                .get("/api/v1/monitoring/cases/" + caseId).statusCode() == 404);
        raise(Returns.caseworker(Returns.IOM_OSLO), caseId, CONCERN).statusCode(409)
                .body("guard", equalTo(ProtectionAlerts.BEFORE_HANDOVER));
        raise(Returns.mission("SO"), caseId, CONCERN).statusCode(404);
        raise(Returns.mission("KE"), UUID.randomUUID(), CONCERN).statusCode(404);
        given().auth().oauth2(Returns.caseworker(Returns.IOM_OSLO)).get("/api/v1/monitoring/alerts?caseId=" + caseId)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void anUnknownKindOrUrgencyIsRefusedNamingIt() {
        UUID caseId = new Returns(events).registered("GH", "NO", Programme.VULNERABLE_GROUPS);
        raise(Returns.mission("GH"), caseId, CONCERN.replace("RE_TRAFFICKING_RISK", "HAUNTING")).statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        raise(Returns.mission("GH"), caseId, CONCERN.replace("URGENT", "WHENEVER")).statusCode(400)
                .body("violations[0].field", equalTo("urgency"));
        raise(Returns.mission("GH"), caseId, "{\"kind\":\"VIOLENCE\",\"urgency\":\"URGENT\"}").statusCode(400)
                .body("violations[0].field", equalTo("reportedBy"));
    }
}
