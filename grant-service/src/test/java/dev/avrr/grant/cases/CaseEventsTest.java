package dev.avrr.grant.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.CaseSpecifics;
import dev.avrr.vocabulary.events.Programme;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** case-service's events, as it publishes them, reach grant-service's inbox once and show in its read endpoint. */
@QuarkusTest
class CaseEventsTest {

    private static final String FINANCE = TestTokens.of(Roles.FINANCE, "iom-finance");

    @Inject
    Events events;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRegisteredCaseIsKnownWithItsOfficeAndCountryAndItsEventClaimedInTheInbox() throws Exception {
        UUID caseId = UUID.randomUUID();
        String json = events.toJson(events.createWithPersonal(CaseRegistered.TYPE, caseId.toString(),
                new CaseRegistered(caseId, UUID.randomUUID(), "iom-oslo", "ET", OffsetDateTime.now(), "NO"),
                new CaseSpecifics(Programme.VULNERABLE_GROUPS, null)));
        EventProbe.send("avrr.case", caseId.toString(), json);
        EventProbe.send("avrr.case", caseId.toString(), json);

        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(FINANCE)
                .get("/api/v1/reports/cases/" + caseId).statusCode() == 200);
        given().auth().oauth2(FINANCE).get("/api/v1/reports/cases/" + caseId).then()
                .body("office", equalTo("iom-oslo")).body("countryOfReturn", equalTo("ET"))
                .body("beneficiaries.size()", equalTo(0));
        // The consumer goes through the inbox, which is what makes the second delivery a no-op; that a claimed event
        // takes no second effect is shown with an effect that is not idempotent by itself in the platform's InboxTest.
        await().atMost(Duration.ofSeconds(10)).until(() -> inboxRows(json) == 1);
    }

    @Test
    void anEventThatBreaksTheContractGoesToTheDeadLetterTopicNamingTheField() {
        UUID caseId = UUID.randomUUID();
        String json = events.toJson(events.create(CaseRegistered.TYPE, caseId.toString(),
                java.util.Map.of("caseId", caseId.toString(), "office", "iom-oslo", "countryOfReturn", "Ethiopia",
                        "registeredAt", OffsetDateTime.now().toString())));
        EventProbe.send("avrr.case", caseId.toString(), json);
        var dead = EventProbe.await("avrr.dlq.grant-service", r -> caseId.toString().equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        String reason = new String(dead.get(0).headers().lastHeader("dead-letter-reason").value());
        org.junit.jupiter.api.Assertions.assertTrue(reason.contains("countryOfReturn"), reason);
        org.junit.jupiter.api.Assertions.assertFalse(reason.contains("Ethiopia"), "no value in the reason: " + reason);
        given().auth().oauth2(FINANCE).get("/api/v1/reports/cases/" + caseId).then().statusCode(404);
    }

    @Test
    void anUnknownCaseIs404AndOtherRolesAre403() {
        given().auth().oauth2(FINANCE).get("/api/v1/reports/cases/" + UUID.randomUUID()).then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.of(Roles.PARTNER, "ngo-a"))
                .get("/api/v1/reports/cases/" + UUID.randomUUID()).then().statusCode(403);
    }

    private int inboxRows(String json) throws Exception {
        String eventId = events.parse(json).id().toString();
        try (var c = dataSource.getConnection();
                var ps = c.prepareStatement("SELECT count(*) FROM inbox_event WHERE event_id = ?::uuid")) {
            ps.setString(1, eventId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
