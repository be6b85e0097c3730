package dev.avrr.monitoring.notifications;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.Returns;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.webhooks.WebhookSignature;
import dev.avrr.testing.HttpsReceiver;
import dev.avrr.testing.TestTokens;
import dev.avrr.testing.WebhookReceiver;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Pushed, not polled: an office or a mission subscribes a signed webhook (or opens the stream) and is told within
 * seconds of an alert on one of its returnees — ids and kinds only, never the details, and only what the sharing
 * rule lets it see. A receiver that is down is retried until it answers.
 */
@QuarkusTest
class NotificationsTest {

    private static final String CONCERN = """
            {"kind":"RE_TRAFFICKING_RISK","urgency":"URGENT","reportedBy":"RETURNEE",
             "details":"Fictional: the recruiter phoned her brother"}""";

    @Inject
    Events events;

    @TestHTTPResource("/api/v1/monitoring/notifications/stream")
    URI stream;

    static ValidatableResponse subscribe(String token, String channel, String url) {
        return given().auth().oauth2(token).contentType("application/json").body("{\"url\":\"" + url + "\"}")
                .put("/api/v1/monitoring/notification-subscriptions/" + channel).then();
    }

    /** Subscribes (or moves the subscription) to a path of the receiver of this test's own; returns the secret. */
    static String subscribeTo(String token, String channel, String path) {
        given().auth().oauth2(token).delete("/api/v1/monitoring/notification-subscriptions/" + channel);
        return subscribe(token, channel, WebhookReceiver.url(path)).statusCode(201).body("secret", notNullValue())
                .extract().path("secret");
    }

    static String raise(String token, UUID caseId, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/monitoring/cases/" + caseId + "/alerts").then().statusCode(201).extract().path("id");
    }

    /** The deliveries the path got about an alert raised for this case. */
    static List<HttpsReceiver.Received> about(String path, UUID caseId) {
        return about(path, caseId, "ALERT_RAISED");
    }

    static List<HttpsReceiver.Received> about(String path, UUID caseId, String kind) {
        return WebhookReceiver.received(path).stream()
                .filter(r -> caseId.toString().equals(JsonPath.from(r.body()).getString("caseId"))
                        && kind.equals(JsonPath.from(r.body()).getString("kind")))
                .toList();
    }

    @Test
    void anAlertReachesTheSendingOfficesWebhookWithinSecondsSignedAndWithoutDetails() {
        String office = Returns.caseworker(Returns.IOM_OSLO);
        String path = "office-" + UUID.randomUUID();
        String secret = subscribeTo(office, "ALL", path);
        UUID caseId = new Returns(events).registered("NG", "NO", Programme.VICTIMS_OF_TRAFFICKING);

        Instant raised = Instant.now();
        String alertId = raise(Returns.mission("NG"), caseId, CONCERN);

        await().atMost(Duration.ofSeconds(5)).until(() -> !about(path, caseId).isEmpty());
        assertTrue(Duration.between(raised, Instant.now()).toSeconds() < 5, "within seconds");
        HttpsReceiver.Received got = about(path, caseId).get(0);
        JsonPath body = JsonPath.from(got.body());
        assertEquals("ALERT_RAISED", body.getString("kind"));
        assertEquals(alertId, body.getString("subjectId"));
        assertEquals("/api/v1/monitoring/alerts/" + alertId, body.getString("href"));
        long timestamp = Long.parseLong(got.header(WebhookSignature.TIMESTAMP));
        assertEquals(WebhookSignature.sign(secret, timestamp, got.body()), got.header(WebhookSignature.HEADER));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < WebhookSignature.TOLERANCE.toSeconds());
        for (String detail : List.of("RE_TRAFFICKING", "recruiter", "RETURNEE", "URGENT", "VICTIMS")) {
            assertFalse(got.body().contains(detail), "no detail in a notification: " + detail);
        }
        // The details are read through the API, with the receiver's own token.
        given().auth().oauth2(office).get(body.getString("href")).then().statusCode(200)
                .body("kind", equalTo("RE_TRAFFICKING_RISK"));
    }

    @Test
    void aSubscriberGetsOnlyWhatTheSharingRuleLetsItSee() {
        String helsinki = Returns.caseworker(Returns.IOM_HELSINKI);
        String otherMission = Returns.mission("GH");
        String missionNg = Returns.mission("NG");
        String helsinkiPath = "helsinki-" + UUID.randomUUID();
        String ghPath = "gh-" + UUID.randomUUID();
        String ngPath = "ng-" + UUID.randomUUID();
        subscribeTo(helsinki, "ALL", helsinkiPath);
        subscribeTo(otherMission, "ALL", ghPath);
        subscribeTo(missionNg, "ALL", ngPath);
        UUID caseId = new Returns(events).registered("NG", "NO", Programme.UDI_STANDARD);
        // The mission is told of the handover; another mission and another office are not.
        await().atMost(Duration.ofSeconds(5)).until(() -> !about(ngPath, caseId, "HANDOVER_RECEIVED").isEmpty());
        assertTrue(about(ghPath, caseId, "HANDOVER_RECEIVED").isEmpty());
        assertTrue(about(helsinkiPath, caseId, "HANDOVER_RECEIVED").isEmpty());

        String alertId = raise(Returns.caseworker(Returns.IOM_OSLO), caseId, CONCERN);

        await().atMost(Duration.ofSeconds(5)).until(() -> !about(ngPath, caseId).isEmpty());
        assertEquals(alertId, JsonPath.from(about(ngPath, caseId).get(0).body()).getString("subjectId"));
        assertTrue(about(helsinkiPath, caseId).isEmpty(), "another office's case");
        assertTrue(about(ghPath, caseId).isEmpty(), "another country's returnee");
        assertFalse(mentions(list(helsinki, 0), caseId));
        assertFalse(mentions(list(otherMission, 0), caseId));
        assertTrue(mentions(list(missionNg, 0), caseId));

        // Once the person's consent to share for the return is withdrawn, the mission is told nothing more.
        new Returns(events).sharing(caseId, 2, "NG", "NO", true, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(missionNg)
                .get("/api/v1/monitoring/cases/" + caseId).statusCode() == 404);
        raise(Returns.caseworker(Returns.IOM_OSLO), caseId, CONCERN);
        assertFalse(mentions(list(missionNg, 0), caseId), "no longer the mission's returnee");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> about(ngPath, caseId).size() == 1);
    }

    @Test
    void aReceiverThatIsDownIsRetriedUntilItAnswersAndTheAlertStaysOpenMeanwhile() {
        String office = Returns.caseworker(Returns.IOM_OSLO);
        String path = "down-" + UUID.randomUUID();
        UUID caseId = new Returns(events).registered("ER", "NO", Programme.UDI_STANDARD);
        subscribeTo(office, "ALL", path);
        WebhookReceiver.answerNext(path, 503, 503, 500);

        String alertId = raise(Returns.mission("ER"), caseId, CONCERN);

        given().auth().oauth2(office).get("/api/v1/monitoring/alerts?caseId=" + caseId).then().statusCode(200)
                .body("items[0].id", equalTo(alertId)).body("items[0].status", equalTo("OPEN"));
        await().atMost(Duration.ofSeconds(20)).until(() -> about(path, caseId).size() == 4);
        List<HttpsReceiver.Received> attempts = about(path, caseId);
        assertEquals(List.of("1", "2", "3", "4"), attempts.stream().map(r -> r.header("X-Avrr-Attempt")).toList());
        assertEquals(1, attempts.stream().map(r -> r.header("X-Avrr-Delivery")).distinct().count(), "one delivery");
    }

    @Test
    void theFrontendStreamsItsNotificationsAsServerSentEvents() throws Exception {
        String office = Returns.caseworker(Returns.IOM_OSLO);
        UUID caseId = new Returns(events).registered("NG", "NO", Programme.UDI_STANDARD);
        long last = latest(office);

        HttpRequest request = HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + office)
                .header("Accept", "text/event-stream").header("Last-Event-ID", Long.toString(last)).GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        CompletableFuture<List<String>> event = CompletableFuture.supplyAsync(() -> readEvent(response.body(),
                caseId.toString()));
        String alertId = raise(Returns.mission("NG"), caseId, CONCERN);

        List<String> lines = event.get(10, TimeUnit.SECONDS);
        response.body().close();
        assertTrue(lines.contains("event:ALERT_RAISED") || lines.contains("event: ALERT_RAISED"), lines.toString());
        String data = lines.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow().substring(5).trim();
        assertEquals(alertId, JsonPath.from(data).getString("subjectId"));
        assertFalse(data.contains("RE_TRAFFICKING"));
    }

    @Test
    void theStreamEndsWhenTheTokenExpires() throws Exception {
        String shortLived = TestTokens.role(Roles.CASEWORKER).org(Returns.IOM_OSLO).expiredSecondsAgo(-3).sign();
        HttpRequest request = HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + shortLived)
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        // Read to the end: it comes once the token expired, not an hour later.
        CompletableFuture.supplyAsync(() -> readEvent(response.body(), UUID.randomUUID().toString()))
                .get(20, TimeUnit.SECONDS);
    }

    @Test
    void badInputIsRefusedNamingItAndChangesNothing() {
        String office = TestTokens.of(Roles.CASEWORKER, "iom-fictional-" + UUID.randomUUID());
        subscribe(office, "SOMETIMES", "https://alerts.example.org/h").statusCode(404);
        subscribe(office, "ESCALATIONS", "http://alerts.example.org/h").statusCode(422)
                .body("rule", equalTo("webhook-target")).body("detail", containsString("url"));
        subscribe(office, "ESCALATIONS", "https://user:pw@alerts.example.org/h").statusCode(422)
                .body("rule", equalTo("webhook-target"));
        given().auth().oauth2(TestTokens.of(Roles.PARTNER, "ngo-fictional")).contentType("application/json")
                .body("{\"url\":\"https://alerts.example.org/h\"}")
                .put("/api/v1/monitoring/notification-subscriptions/ALL").then().statusCode(403);
        given().auth().oauth2(office).get("/api/v1/monitoring/notifications?after=-3").then().statusCode(400)
                .body("violations[0].field", equalTo("after"));
        given().auth().oauth2(office).get("/api/v1/monitoring/notification-subscriptions").then().statusCode(200)
                .body("size()", equalTo(0));
        given().auth().oauth2(office).delete("/api/v1/monitoring/notification-subscriptions/ALL").then()
                .statusCode(404);

        String secretShownOnce = subscribe(office, "ALL", "https://alerts.example.org/h").statusCode(201)
                .extract().path("secret");
        assertTrue(secretShownOnce.startsWith("whsec_"));
        subscribe(office, "ALL", "https://alerts.example.org/h2").statusCode(200).body("secret", nullValue())
                .body("url", equalTo("https://alerts.example.org/h2"));
        given().auth().oauth2(office).get("/api/v1/monitoring/notification-subscriptions").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].secret", nullValue());
        given().auth().oauth2(office).delete("/api/v1/monitoring/notification-subscriptions/ALL").then()
                .statusCode(204);
    }

    /** The caller's notifications after a sequence number. */
    static List<Map<String, Object>> list(String token, long after) {
        return given().auth().oauth2(token).get("/api/v1/monitoring/notifications?after=" + after).then()
                .statusCode(200).extract().jsonPath().getList("$");
    }

    /** The sequence number of the caller's latest notification (paging through them 100 at a time). */
    static long latest(String token) {
        long last = 0;
        List<Map<String, Object>> page;
        while (!(page = list(token, last)).isEmpty()) {
            last = ((Number) page.get(page.size() - 1).get("seq")).longValue();
        }
        return last;
    }

    static boolean mentions(List<Map<String, Object>> notifications, UUID caseId) {
        return notifications.stream().anyMatch(n -> caseId.toString().equals(n.get("caseId")));
    }

    /** The lines of the first event whose data names the text. */
    private static List<String> readEvent(InputStream in, String text) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(text))) {
                        return lines;
                    }
                    lines = new ArrayList<>();
                } else {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
