package dev.avrr.monitoring.returnees;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.events.Events;
import dev.avrr.platform.events.contract.CaseRegistered;
import dev.avrr.platform.events.contract.Programme;
import dev.avrr.platform.security.Roles;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** case-service's events reach monitoring-service; a mission sees only returnees of its own country. */
@QuarkusTest
class CaseEventsTest {

    private static final String MISSION_ET = TestTokens.role(Roles.MISSION).org("iom-addis").country("ET").sign();
    private static final String MISSION_IQ = TestTokens.role(Roles.MISSION).org("iom-baghdad").country("IQ").sign();
    private static final String CASEWORKER = TestTokens.of(Roles.CASEWORKER, "iom-oslo");

    @Inject
    Events events;

    private UUID registered(String country) {
        UUID caseId = UUID.randomUUID();
        EventProbe.send("avrr.case", caseId.toString(), events.toJson(events.create(CaseRegistered.TYPE,
                caseId.toString(), new CaseRegistered(caseId, UUID.randomUUID(), "IOM_OSLO", country, OffsetDateTime.now(),
                        "NO", Programme.VULNERABLE_GROUPS))));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(CASEWORKER)
                .get("/api/v1/monitoring/cases/" + caseId).statusCode() == 200);
        return caseId;
    }

    @Test
    void theMissionOfTheCountryOfReturnSeesItsReturnee() {
        UUID caseId = registered("ET");
        given().auth().oauth2(MISSION_ET).get("/api/v1/monitoring/cases/" + caseId).then().statusCode(200)
                .body("countryOfReturn", equalTo("ET")).body("status", equalTo("AWAITING_RETURN"));
    }

    @Test
    void anotherCountrysMissionGets404AndAMissionWithoutCountry403() {
        UUID caseId = registered("ET");
        given().auth().oauth2(MISSION_IQ).get("/api/v1/monitoring/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(TestTokens.of(Roles.MISSION, "iom-addis")).get("/api/v1/monitoring/cases/" + caseId)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.of(Roles.FINANCE, "iom-finance")).get("/api/v1/monitoring/cases/" + caseId)
                .then().statusCode(403);
    }
}
