package dev.avrr.monitoring.notifications;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.Returns;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.HttpsReceiver;
import dev.avrr.testing.WebhookReceiver;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.WorkItemOpened;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The other services' new work reaches the same subscribers: a referral to accept, a case blocked on a travel gate,
 * a plan to approve or returned, announced on the real broker as referral-, case- and grant-service announce them,
 * becomes a notification for those who do that work and may see it under the sharing rule — the office's
 * caseworkers, or the mission of the case's country — and for nobody else.
 */
@QuarkusTest
class WorkItemNotificationsTest {

    @Inject
    Events events;

    private void announce(String type, String topic, WorkItemOpened item) {
        String key = (item.caseId() == null ? item.subjectId() : item.caseId()).toString();
        EventProbe.send(topic, key, events.toJson(events.create(type, key, item)));
    }

    /** A fresh receiver path, subscribed for everything the token's organisation is told; the path. */
    private static String subscribed(String token) {
        String path = "work-" + UUID.randomUUID();
        NotificationsTest.subscribeTo(token, "ALL", path);
        return path;
    }

    private static List<HttpsReceiver.Received> items(String path, UUID subjectId) {
        return WebhookReceiver.received(path).stream()
                .filter(r -> subjectId.toString().equals(JsonPath.from(r.body()).getString("subjectId"))
                        && "WORK_ITEM_OPENED".equals(JsonPath.from(r.body()).getString("kind")))
                .toList();
    }

    @Test
    void aReferralToAcceptReachesTheOfficesCaseworkersOnly() {
        String oslo = subscribed(Returns.caseworker(Returns.IOM_OSLO));
        String helsinki = subscribed(Returns.caseworker(Returns.IOM_HELSINKI));
        String missionNg = subscribed(Returns.mission("NG"));
        UUID referral = UUID.randomUUID();

        announce(WorkItemOpened.REFERRAL, EventTypes.REFERRAL_TOPIC, new WorkItemOpened("REFERRAL_TO_ACCEPT",
                referral, null, referral, Returns.IOM_OSLO, "CASEWORKER", "/api/v1/referrals/" + referral, OffsetDateTime.now()));

        await().atMost(Duration.ofSeconds(10)).until(() -> !items(oslo, referral).isEmpty());
        JsonPath got = JsonPath.from(items(oslo, referral).get(0).body());
        assertEquals("REFERRAL_TO_ACCEPT", got.getString("itemKind"));
        assertEquals("/api/v1/referrals/" + referral, got.getString("href"));
        assertNull(got.getString("caseId"), "no case yet");
        // Every delivery is written with the notification: nobody else has one.
        assertTrue(items(helsinki, referral).isEmpty(), "another office");
        assertTrue(items(missionNg, referral).isEmpty(), "a mission");
        // The list and the stream read them under the same rule.
        assertTrue(listed(Returns.caseworker(Returns.IOM_OSLO), referral));
        assertTrue(!listed(Returns.caseworker(Returns.IOM_HELSINKI), referral));
        assertTrue(!listed(Returns.mission("NG"), referral));
    }

    @Test
    void aPlanIsAnnouncedToWhoeverDoesItsWork() {
        String oslo = subscribed(Returns.caseworker(Returns.IOM_OSLO));
        String missionNg = subscribed(Returns.mission("NG"));
        String missionGh = subscribed(Returns.mission("GH"));
        UUID caseId = new Returns(events).registered("NG", "NO", Programme.UDI_STANDARD);
        UUID submitted = UUID.randomUUID();
        UUID returned = UUID.randomUUID();

        announce(WorkItemOpened.GRANT, EventTypes.GRANT_TOPIC, new WorkItemOpened("PLAN_TO_APPROVE", submitted,
                caseId, null, Returns.IOM_OSLO, "CASEWORKER", "/api/v1/plans/" + submitted, OffsetDateTime.now()));
        announce(WorkItemOpened.GRANT, EventTypes.GRANT_TOPIC, new WorkItemOpened("PLAN_RETURNED", returned, caseId, null,
                Returns.IOM_OSLO, "MISSION", "/api/v1/plans/" + returned, OffsetDateTime.now()));

        await().atMost(Duration.ofSeconds(10)).until(() -> !items(oslo, submitted).isEmpty()
                && !items(missionNg, returned).isEmpty());
        assertEquals("PLAN_TO_APPROVE", JsonPath.from(items(oslo, submitted).get(0).body()).getString("itemKind"));
        assertEquals(caseId.toString(), JsonPath.from(items(missionNg, returned).get(0).body()).getString("caseId"));
        assertTrue(items(missionNg, submitted).isEmpty(), "the office's work is not the mission's");
        assertTrue(items(oslo, returned).isEmpty(), "the mission's work is not the office's");
        assertTrue(items(missionGh, returned).isEmpty() && items(missionGh, submitted).isEmpty(), "another mission");
        assertTrue(!listed(Returns.mission("NG"), submitted) && listed(Returns.mission("NG"), returned));
    }

    @Test
    void aCaseBlockedOnATravelGateAndTheMissionAfterTheConsentIsWithdrawn() {
        String oslo = subscribed(Returns.caseworker(Returns.IOM_OSLO));
        String missionNg = subscribed(Returns.mission("NG"));
        Returns returns = new Returns(events);
        UUID caseId = returns.registered("NG", "NO", Programme.UDI_STANDARD);

        announce(WorkItemOpened.CASE, EventTypes.CASE_TOPIC, new WorkItemOpened("CASE_BLOCKED_ON_TRAVEL_GATE", caseId,
                caseId, null, Returns.IOM_OSLO, "CASEWORKER", "/api/v1/cases/" + caseId, OffsetDateTime.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> !items(oslo, caseId).isEmpty());
        assertEquals("CASE_BLOCKED_ON_TRAVEL_GATE",
                JsonPath.from(items(oslo, caseId).get(0).body()).getString("itemKind"));

        // The person withdraws the consent to share for the return: the mission is told nothing more of the case.
        returns.sharing(caseId, 2, "NG", "NO", true, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> !listed(Returns.mission("NG"), caseId, "HANDOVER_RECEIVED"));
        UUID plan = UUID.randomUUID();
        announce(WorkItemOpened.GRANT, EventTypes.GRANT_TOPIC, new WorkItemOpened("PLAN_RETURNED", plan, caseId, null,
                Returns.IOM_OSLO, "MISSION", "/api/v1/plans/" + plan, OffsetDateTime.now()));
        UUID later = UUID.randomUUID();
        announce(WorkItemOpened.GRANT, EventTypes.GRANT_TOPIC, new WorkItemOpened("PLAN_TO_APPROVE", later, caseId, null,
                Returns.IOM_OSLO, "CASEWORKER", "/api/v1/plans/" + later, OffsetDateTime.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> !items(oslo, later).isEmpty());
        assertTrue(items(missionNg, plan).isEmpty(), "the mission no longer sees the case");
        assertTrue(!listed(Returns.mission("NG"), plan));
    }

    private static boolean listed(String token, UUID subjectId) {
        return listed(token, subjectId, "WORK_ITEM_OPENED");
    }

    private static boolean listed(String token, UUID subjectId, String kind) {
        long after = 0;
        List<Map<String, Object>> page;
        while (!(page = NotificationsTest.list(token, after)).isEmpty()) {
            if (page.stream().anyMatch(n -> subjectId.toString().equals(n.get("subjectId"))
                    && kind.equals(n.get("kind")))) {
                return true;
            }
            after = ((Number) page.get(page.size() - 1).get("seq")).longValue();
        }
        return false;
    }
}
