package dev.avrr.monitoring.returnees;

import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.Returns;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;

/** case-service's registrations reach monitoring-service; each returnee is seen by its mission and its office only. */
@QuarkusTest
class CaseEventsTest {

    @Inject
    Events events;

    @Test
    void theMissionOfTheCountryOfReturnAndTheSendingOfficeSeeARegisteredReturnee() {
        UUID caseId = new Returns(events).registered("ET", "NO", Programme.VULNERABLE_GROUPS);
        Returns.read(Returns.mission("ET"), caseId).statusCode(200).body("countryOfReturn", equalTo("ET"))
                .body("status", equalTo("AWAITING_RETURN")).body("office", equalTo(Returns.IOM_OSLO));
        Returns.read(Returns.caseworker(Returns.IOM_OSLO), caseId).statusCode(200);
    }

    @Test
    void anotherCountrysMissionAndAnotherOfficeGet404AndATokenWithoutItsClaim403() {
        UUID caseId = new Returns(events).registered("ET", "NO", Programme.VULNERABLE_GROUPS);
        Returns.read(Returns.mission("IQ"), caseId).statusCode(404);
        Returns.read(Returns.caseworker(Returns.IOM_HELSINKI), caseId).statusCode(404);
        Returns.read(TestTokens.of(Roles.MISSION, "iom-addis"), caseId).statusCode(403);
        Returns.read(TestTokens.role(Roles.CASEWORKER).sign(), caseId).statusCode(403);
        Returns.read(TestTokens.of(Roles.FINANCE, "iom-finance"), caseId).statusCode(403);
    }
}
