package dev.avrr.referral.feedback;

import static dev.avrr.referral.Fixtures.IOM_OSLO;
import static dev.avrr.referral.Fixtures.partner;
import static dev.avrr.referral.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.events.Events;
import dev.avrr.referral.Fixtures;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.HttpsReceiver.Received;
import dev.avrr.testing.WebhookReceiver;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.MonitoringMilestone;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Webhooks to a real HTTPS receiver on this machine: each timeline entry POSTed with an HMAC-SHA256 signature the
 * receiver verifies with its secret, retried with back-off, every attempt visible, the secret rotated, and nothing
 * more once the person withdraws consent to feedback.
 */
@QuarkusTest
class WebhookTest {

    @Inject
    Events events;

    @Inject
    DataSource dataSource;

    /**
     * What a partner's receiver does: refuse a timestamp more than five minutes from its clock, then recompute
     * HMAC-SHA256 over {@code <timestamp>.<body>} with the secret it holds.
     */
    static boolean verifies(String secret, Received request) {
        try {
            long timestamp = Long.parseLong(request.header("X-Avrr-Timestamp"));
            if (Math.abs(Instant.now().getEpochSecond() - timestamp) > 300) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of()
                    .formatHex(mac.doFinal((timestamp + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
            return List.of(request.header("X-Avrr-Signature").split(",")).contains(expected);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String subscribe(String token, String path) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"url\":\"" + WebhookReceiver.url(path) + "\"}").put("/api/v1/webhook-subscription").then()
                .statusCode(201).body("secret", startsWith("whsec_")).extract().path("secret");
    }

    void caseOpened(String referral) {
        UUID caseId = UUID.randomUUID();
        EventProbe.send("avrr.case", caseId.toString(), events.toJson(events.create(CaseRegistered.TYPE,
                caseId.toString(), new CaseRegistered(caseId, UUID.fromString(referral), "iom-oslo", "ET",
                        OffsetDateTime.now(ZoneOffset.UTC), "NO"))));
    }

    @Test
    void eachEntryArrivesSignedWithTheOrganisationsSecret() {
        String path = "hooks-" + UUID.randomUUID();
        String partner = partner("ngo-webhook-" + UUID.randomUUID());
        String secret = subscribe(partner, path);
        String referral = Fixtures.acceptedInNorway(partner);
        caseOpened(referral);

        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookReceiver.received(path).size() >= 2);
        List<Received> got = WebhookReceiver.received(path);
        for (Received r : got) {
            assertTrue(verifies(secret, r), "the signature verifies with the secret");
            assertFalse(verifies(secret.replace('a', 'b') + "x", r), "and not with another");
            assertEquals("application/json", r.header("Content-Type"));
            assertFalse(r.body().contains("Testa"), "no person in a webhook");
        }
        List<String> codes = got.stream().map(r -> JsonPath.from(r.body()).getString("entry.code")).toList();
        assertEquals(List.of("ACCEPTED", "CASE_OPENED"), codes, "the partner's own steps are not echoed back to it");
        assertEquals(referral, JsonPath.from(got.get(1).body()).getString("referralId"));
        assertEquals(got.get(1).header("X-Avrr-Delivery"), JsonPath.from(got.get(1).body()).getString("deliveryId"));

        given().auth().oauth2(partner).get("/api/v1/webhook-subscription/deliveries").then().statusCode(200)
                .body("items.status", contains("DELIVERED", "DELIVERED"))
                .body("items[0].attemptLog[0].statusCode", equalTo(200));
        given().auth().oauth2(partner).get("/api/v1/webhook-subscription").then().statusCode(200)
                .body("url", equalTo(WebhookReceiver.url(path))).body("secret", nullValue());
    }

    @Test
    void aRefusedDeliveryIsRetriedWithBackOffAndEveryAttemptIsVisible() {
        String path = "hooks-" + UUID.randomUUID();
        String partner = partner("ngo-webhook-" + UUID.randomUUID());
        String secret = subscribe(partner, path);
        String referral = Fixtures.created(partner, Fixtures.norway(Fixtures.PERSON, Fixtures.NORWAY_CONSENTS, true));
        WebhookReceiver.answerNext(path, 503, 500);
        post(IOM_OSLO, referral + "/acceptance").statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookReceiver.received(path).size() >= 3);
        given().auth().oauth2(partner).queryParam("referralId", referral)
                .get("/api/v1/webhook-subscription/deliveries").then()
                .body("items", hasSize(1)).body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attempts", equalTo(3))
                .body("items[0].attemptLog.statusCode", contains(503, 500, 200))
                .body("items[0].attemptLog[0].error", equalTo("the receiver answered 503"));
        List<Received> got = WebhookReceiver.received(path);
        assertEquals(List.of("1", "2", "3"), got.stream().map(r -> r.header("X-Avrr-Attempt")).toList());
        assertEquals(1, got.stream().map(r -> r.header("X-Avrr-Delivery")).distinct().count(), "one delivery, retried");
        got.forEach(r -> assertTrue(verifies(secret, r)));
    }

    @Test
    void aDeliveryIsGivenUpAfterTheConfiguredAttempts() {
        String path = "hooks-" + UUID.randomUUID();
        String partner = partner("ngo-webhook-" + UUID.randomUUID());
        subscribe(partner, path);
        String referral = Fixtures.created(partner, Fixtures.norway(Fixtures.PERSON, Fixtures.NORWAY_CONSENTS, true));
        WebhookReceiver.answerNext(path, 500, 500, 500, 500);
        post(IOM_OSLO, referral + "/acceptance").statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(partner)
                .get("/api/v1/webhook-subscription/deliveries").then().body("items[0].status", equalTo("FAILED")));
        given().auth().oauth2(partner).queryParam("status", "FAILED").get("/api/v1/webhook-subscription/deliveries")
                .then().body("items[0].attempts", equalTo(4)).body("items[0].nextAttemptAt", nullValue());
        assertEquals(4, WebhookReceiver.received(path).size());
    }

    @Test
    void aRotatedSecretSignsAtOnceAndThePreviousOneStillVerifiesDuringTheGrace() {
        String path = "hooks-" + UUID.randomUUID();
        String partner = partner("ngo-webhook-" + UUID.randomUUID());
        String old = subscribe(partner, path);
        String rotated = given().auth().oauth2(partner).post("/api/v1/webhook-subscription/secret-rotation").then()
                .statusCode(200).body("previousSecretSignsUntil", notNullValue()).extract().path("secret");
        assertFalse(old.equals(rotated));
        Fixtures.acceptedInNorway(partner);
        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookReceiver.received(path).size() >= 1);
        Received r = WebhookReceiver.received(path).get(0);
        assertTrue(verifies(rotated, r));
        assertTrue(verifies(old, r));
        assertEquals(2, r.header("X-Avrr-Signature").split(",").length);
    }

    @Test
    void afterTheConsentToFeedbackIsWithdrawnNothingMoreIsSent() {
        String path = "hooks-" + UUID.randomUUID();
        String partner = partner("ngo-webhook-" + UUID.randomUUID());
        subscribe(partner, path);
        String referral = Fixtures.acceptedInNorway(partner);
        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookReceiver.received(path).size() >= 1);
        post(partner, referral + "/consent-withdrawal",
                "{\"purposes\":[\"FEEDBACK_TO_REFERRER\"],\"language\":\"en\",\"interpreterUsed\":false}").statusCode(200);
        UUID caseId = UUID.randomUUID();
        EventProbe.send("avrr.case", caseId.toString(), events.toJson(events.create(CaseRegistered.TYPE,
                caseId.toString(), new CaseRegistered(caseId, UUID.fromString(referral), "iom-oslo", "ET",
                        OffsetDateTime.now(ZoneOffset.UTC), "NO"))));
        EventProbe.send("avrr.monitoring", caseId.toString(), events.toJson(events.create(MonitoringMilestone.STARTED,
                caseId.toString(), new MonitoringMilestone(caseId, OffsetDateTime.now(ZoneOffset.UTC)))));
        // Both milestones arrived and are kept, but the partner is told nothing more.
        await().atMost(Duration.ofSeconds(30)).until(() -> milestonesOf(caseId) == 2);
        given().auth().oauth2(partner).get("/api/v1/webhook-subscription/deliveries").then().body("items", hasSize(1));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> WebhookReceiver.received(path).size() == 1);
    }

    long milestonesOf(UUID caseId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM milestone WHERE case_id = ?")) {
            ps.setObject(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aCallbackMustBeHttpsAndBelongsToTheOrganisation() {
        String partner = partner("ngo-webhook-" + UUID.randomUUID());
        given().auth().oauth2(partner).contentType("application/json").body("{\"url\":\"http://partner.example.org/h\"}")
                .put("/api/v1/webhook-subscription").then().statusCode(422).body("rule", equalTo("webhook-target"))
                .body("detail", containsString("url"));
        given().auth().oauth2(partner).contentType("application/json")
                .body("{\"url\":\"https://user:pw@partner.example.org/h\"}")
                .put("/api/v1/webhook-subscription").then().statusCode(422).body("rule", equalTo("webhook-target"));
        given().auth().oauth2(partner).get("/api/v1/webhook-subscription").then().statusCode(404);
        given().auth().oauth2(partner).post("/api/v1/webhook-subscription/secret-rotation").then().statusCode(404);
        subscribe(partner, "hooks-" + UUID.randomUUID());
        given().auth().oauth2(partner).contentType("application/json").body("{\"url\":\"https://partner.example.org/h2\"}")
                .put("/api/v1/webhook-subscription").then().statusCode(200).body("secret", nullValue());
        given().auth().oauth2(partner).delete("/api/v1/webhook-subscription").then().statusCode(204);
        given().auth().oauth2(partner).get("/api/v1/webhook-subscription").then().statusCode(404);
        given().auth().oauth2(IOM_OSLO).get("/api/v1/webhook-subscription").then().statusCode(403);
    }
}
