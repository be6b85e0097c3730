package dev.avrr.cases.registration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.events.contract.CaseRegistered;
import dev.avrr.platform.events.contract.ReferralAccepted;
import dev.avrr.platform.events.contract.ReferralPerson;
import dev.avrr.platform.security.Roles;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * An accepted referral, published on referral-service's topic as referral-service publishes it (a CloudEvent
 * with the person sealed), becomes exactly one case.
 */
@QuarkusTest
class CaseRegistrationTest {

    private static final String CASEWORKER = TestTokens.of(Roles.CASEWORKER, "iom-oslo");

    @Inject
    Events events;

    private EventEnvelope accepted(UUID referralId, String jurisdiction) {
        return events.createWithPersonal(ReferralAccepted.TYPE, referralId.toString(),
                new ReferralAccepted(referralId, jurisdiction, "ET", "ngo-a", "iom-oslo", OffsetDateTime.now(), null),
                new ReferralPerson("Testa", "Fiktivsen", LocalDate.of(1991, 2, 3), null, null, "ET", List.of(), null,
                        null, List.of(), List.of(), null));
    }

    private static ValidatableResponse casesOf(UUID referralId) {
        return given().auth().oauth2(CASEWORKER).queryParam("referralId", referralId.toString()).get("/api/v1/cases")
                .then().statusCode(200);
    }

    @Test
    void anAcceptedReferralBecomesOneCaseThatTheCaseworkerFinds() {
        UUID referralId = UUID.randomUUID();
        EventProbe.send("avrr.referral", referralId.toString(), events.toJson(accepted(referralId, "NO")));

        await().atMost(Duration.ofSeconds(30)).until(() -> casesOf(referralId).extract().<Integer> path("totalItems") == 1);
        String caseId = casesOf(referralId)
                .body("items[0].status", equalTo("REGISTERED"))
                .body("items[0].office", equalTo("IOM_OSLO"))
                .body("items[0].countryOfReturn", equalTo("ET"))
                .body("items[0].applicant.givenName", equalTo("Testa"))
                .extract().path("items[0].id");
        given().auth().oauth2(CASEWORKER).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("referralId", equalTo(referralId.toString()));

        List<ConsumerRecord<String, String>> registered = EventProbe.await("avrr.case", r -> caseId.equals(r.key()), 1,
                Duration.ofSeconds(20));
        assertEquals(1, registered.size());
        EventEnvelope event = events.parse(registered.get(0).value());
        assertEquals(CaseRegistered.TYPE, event.type());
        assertEquals(referralId, events.data(event, CaseRegistered.class).referralId());
        assertFalse(registered.get(0).value().contains("Testa"), "no name on the case topic");
    }

    @Test
    void theSameEventDeliveredTwiceAndAReplayUnderANewIdStillMakeOneCase() throws Exception {
        UUID referralId = UUID.randomUUID();
        String json = events.toJson(accepted(referralId, "SE"));
        EventProbe.send("avrr.referral", referralId.toString(), json);
        EventProbe.send("avrr.referral", referralId.toString(), json);
        EventProbe.send("avrr.referral", referralId.toString(), events.toJson(accepted(referralId, "SE")));
        // A marker on the same key (same partition) is handled after the three above.
        UUID marker = UUID.randomUUID();
        EventProbe.send("avrr.referral", referralId.toString(), events.toJson(accepted(marker, "SE")));
        await().atMost(Duration.ofSeconds(30)).until(() -> casesOf(marker).extract().<Integer> path("totalItems") == 1);
        casesOf(referralId).body("totalItems", equalTo(1)).body("items[0].office", equalTo("IOM_HELSINKI"));
    }

    @Test
    void anAcceptanceWithoutThePersonGoesToTheDeadLetterTopic() {
        UUID referralId = UUID.randomUUID();
        EventEnvelope bare = events.create(ReferralAccepted.TYPE, referralId.toString(),
                new ReferralAccepted(referralId, "NO", "ET", "ngo-a", "iom-oslo", OffsetDateTime.now(), null));
        EventProbe.send("avrr.referral", referralId.toString(), events.toJson(bare));
        List<ConsumerRecord<String, String>> dead = EventProbe.await("avrr.dlq.case-service",
                r -> referralId.toString().equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        casesOf(referralId).body("totalItems", equalTo(0));
    }

    @Test
    void onlyTheCaseworkerReadsCases() {
        given().auth().oauth2(TestTokens.of(Roles.PARTNER, "ngo-a")).get("/api/v1/cases").then().statusCode(403);
        given().auth().oauth2(CASEWORKER).get("/api/v1/cases/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(CASEWORKER).queryParam("size", 0).get("/api/v1/cases").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        given().auth().oauth2(CASEWORKER).queryParam("status", "TRAVELLING").get("/api/v1/cases").then()
                .statusCode(400).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(CASEWORKER).queryParam("referralId", "not-a-uuid").get("/api/v1/cases").then()
                .statusCode(400).body("violations[0].field", equalTo("referralId"));
    }
}
