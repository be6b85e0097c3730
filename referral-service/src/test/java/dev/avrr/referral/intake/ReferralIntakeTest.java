package dev.avrr.referral.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.ReferralAccepted;
import dev.avrr.vocabulary.events.ReferralPerson;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ReferralIntakeTest {

    private static final String PARTNER_A = TestTokens.of(Roles.PARTNER, "ngo-a");
    private static final String PARTNER_B = TestTokens.of(Roles.PARTNER, "ngo-b");
    private static final String CASEWORKER = TestTokens.of(Roles.CASEWORKER, "iom-oslo");

    @Inject
    Events events;

    private static String body(String givenName) {
        return """
                {"jurisdiction":"NO","person":{"givenName":"%s","familyName":"Fiktivsen",
                 "dateOfBirth":"1991-02-03","nationality":"ETH","countryOfReturn":"et"},
                 "consents":[{"purpose":"SHARE_WITH_IOM","language":"am","interpreterUsed":true}]}"""
                .formatted(givenName);
    }

    private static ValidatableResponse create(String token, String key, String body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/referrals").then();
    }

    private static String createdId(String token) {
        return create(token, UUID.randomUUID().toString(), body("Testa")).statusCode(201).extract().path("id");
    }

    @Test
    void aPartnerCreatesASubmittedReferralForItsOwnOrganisation() {
        create(PARTNER_A, UUID.randomUUID().toString(), body("Testa")).statusCode(201)
                .header("Location", containsString("/api/v1/referrals/"))
                .header("ETag", notNullValue())
                .header("Idempotent-Replayed", "false")
                .body("status", equalTo("SUBMITTED"))
                .body("jurisdiction", equalTo("NO"))
                .body("person", nullValue());
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstReferralNeverASecond() {
        String key = UUID.randomUUID().toString();
        String first = create(PARTNER_A, key, body("Testa")).statusCode(201).extract().path("id");
        String again = create(PARTNER_A, key, body("Testa")).statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", endsWith(first)).extract().path("id");
        assertEquals(first, again);
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        create(PARTNER_A, key, body("Testa")).statusCode(201);
        create(PARTNER_A, key, body("Annen")).statusCode(422)
                .body("type", equalTo("urn:avrr:problem:idempotency-key-reused"));
    }

    @Test
    void aCreateWithoutIdempotencyKeyIsRefusedAndCreatesNothing() {
        create(PARTNER_A, null, body("Testa")).statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void badInputNamesTheField() {
        create(PARTNER_A, UUID.randomUUID().toString(), body("Testa").replace("\"et\"", "\"ZZ\"")).statusCode(400)
                .body("violations[0].field", equalTo("person.countryOfReturn"));
        create(PARTNER_A, UUID.randomUUID().toString(), body("Testa").replace("\"NO\"", "\"DK\"")).statusCode(400)
                .body("violations[0].field", equalTo("jurisdiction"));
        create(PARTNER_A, UUID.randomUUID().toString(), body("x".repeat(101))).statusCode(400)
                .body("violations.field", hasItem("person.givenName"));
        create(PARTNER_A, UUID.randomUUID().toString(), "{\"jurisdiction\":\"NO\"}").statusCode(400)
                .body("violations.field", hasItem("person"));
        create(PARTNER_A, UUID.randomUUID().toString(), body("Testa").replace("1991-02-03", "2999-01-01"))
                .statusCode(400).body("violations.field", hasItem("person.dateOfBirth"));
    }

    @Test
    void aPartnerReadsItsOwnReferralAsStatusOnlyAndAnotherOrganisationsNotAtAll() {
        String id = createdId(PARTNER_A);
        given().auth().oauth2(PARTNER_A).get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("person", nullValue());
        given().auth().oauth2(PARTNER_B).get("/api/v1/referrals/" + id).then().statusCode(404)
                .body("type", equalTo("urn:avrr:problem:not-found"));
        given().auth().oauth2(PARTNER_B).post("/api/v1/referrals/" + id + "/acceptance").then().statusCode(403);
    }

    @Test
    void theCaseworkerSeesThePersonAndAcceptsWhichAnnouncesTheReferralWithThePersonSealed() throws Exception {
        String id = createdId(PARTNER_A);
        given().auth().oauth2(CASEWORKER).get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("person.givenName", equalTo("Testa")).body("person.countryOfReturn", equalTo("ET"))
                .body("person.nationality", equalTo("ET"));

        given().auth().oauth2(CASEWORKER).post("/api/v1/referrals/" + id + "/acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(PARTNER_A).get("/api/v1/referrals/" + id).then().body("status", equalTo("ACCEPTED"));

        List<ConsumerRecord<String, String>> records = EventProbe.await("avrr.referral",
                r -> id.equals(r.key()) && r.value().contains(ReferralAccepted.TYPE), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size());
        String value = records.get(0).value();
        assertFalse(value.contains("Testa") || value.contains("Fiktivsen") || value.contains("1991-02-03"),
                "no personal data in clear on the topic: " + value);
        EventEnvelope event = events.parse(value);
        assertEquals(ReferralAccepted.TYPE, event.type());
        assertEquals(id, event.subject());
        ReferralAccepted data = events.data(event, ReferralAccepted.class);
        assertEquals("ngo-a", data.referringOrg());
        assertEquals("ET", data.countryOfReturn());
        ReferralPerson person = events.personal(event, ReferralPerson.class).orElseThrow();
        assertEquals("Testa", person.givenName());
        assertEquals("Fiktivsen", person.familyName());
    }

    @Test
    void acceptingTwiceIsAConflictNamingTheState() {
        String id = createdId(PARTNER_A);
        given().auth().oauth2(CASEWORKER).post("/api/v1/referrals/" + id + "/acceptance").then().statusCode(200);
        given().auth().oauth2(CASEWORKER).post("/api/v1/referrals/" + id + "/acceptance").then().statusCode(409)
                .body("type", equalTo("urn:avrr:problem:state-conflict"))
                .body("state", equalTo("ACCEPTED"));
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        String id = createdId(PARTNER_A);
        given().auth().oauth2(CASEWORKER).header("If-Match", "\"41\"")
                .post("/api/v1/referrals/" + id + "/acceptance").then().statusCode(412);
        given().auth().oauth2(CASEWORKER).get("/api/v1/referrals/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void readsAndChangesAreAudited() {
        String id = createdId(PARTNER_A);
        given().auth().oauth2(PARTNER_B).get("/api/v1/referrals/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.of(Roles.AUDITOR, "iom-audit")).queryParam("resourceId", id)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("create"))
                .body("items.outcome", hasItem("NOT_YOURS"))
                .body("items.org", hasItem("ngo-b"));
    }
}
