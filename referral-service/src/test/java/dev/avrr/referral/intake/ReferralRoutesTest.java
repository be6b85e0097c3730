package dev.avrr.referral.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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

import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.ReferralRouted;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Both routes of a referral through HTTP, with real tokens, PostgreSQL and Kafka. */
@QuarkusTest
class ReferralRoutesTest {

    private static final String PARTNER = TestTokens.of(Roles.PARTNER, "socialtjansten-test");
    private static final String OTHER_PARTNER = TestTokens.of(Roles.PARTNER, "ngo-other");
    private static final String COORDINATOR = TestTokens.of(Roles.COORDINATOR, "lansstyrelsen-stockholm");
    private static final String OTHER_COORDINATOR = TestTokens.of(Roles.COORDINATOR, "lansstyrelsen-skane");
    private static final String IOM_OSLO = TestTokens.of(Roles.CASEWORKER, "iom-oslo");
    private static final String IOM_HELSINKI = TestTokens.of(Roles.CASEWORKER, "iom-helsinki");

    @Inject
    Events events;

    private static String body(String jurisdiction, String coordinator, boolean submit) {
        return """
                {"jurisdiction":"%s",%s"person":{"givenName":"Testa","familyName":"Påhittad",
                 "dateOfBirth":"1995-06-15","nationality":"NG","countryOfReturn":"NG"},%s"submit":%s}"""
                .formatted(jurisdiction, coordinator == null ? "" : "\"coordinatorOrg\":\"" + coordinator + "\",",
                        consents(jurisdiction, coordinator), submit);
    }

    /** A draft's new content: a PUT carries no consents and no submit. */
    private static String updateBody(String givenName) {
        return """
                {"jurisdiction":"NO","person":{"givenName":"%s","familyName":"Påhittad",
                 "dateOfBirth":"1995-06-15","nationality":"NG","countryOfReturn":"NG"}}""".formatted(givenName);
    }

    /** The consents each route needs to share the referral on: the coordinator and IOM in Sweden, IOM in Norway. */
    private static String consents(String jurisdiction, String coordinator) {
        if (!"SE".equals(jurisdiction) || coordinator == null || !coordinator.startsWith("lansstyrelsen-stockholm")) {
            return "\"consents\":[{\"purpose\":\"SHARE_WITH_IOM\",\"language\":\"en\",\"interpreterUsed\":false}],";
        }
        return "\"consents\":[{\"purpose\":\"SHARE_WITH_COORDINATOR\",\"language\":\"en\",\"interpreterUsed\":false},"
                + "{\"purpose\":\"SHARE_WITH_IOM\",\"language\":\"en\",\"interpreterUsed\":false}],";
    }

    private static String create(String body) {
        return given().auth().oauth2(PARTNER).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse post(String token, String id, String command) {
        return given().auth().oauth2(token).post("/api/v1/referrals/" + id + "/" + command).then();
    }

    private static ValidatableResponse decline(String token, String id, String reasonCode) {
        return decline(token, id, reasonCode, null);
    }

    private static ValidatableResponse decline(String token, String id, String reasonCode, String note) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(reasonCode == null ? "{}" : "{\"reasonCode\":\"" + reasonCode + "\""
                        + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}")
                .post("/api/v1/referrals/" + id + "/decline").then();
    }

    private static ValidatableResponse read(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/referrals/" + id).then();
    }

    @Test
    void norwayADraftIsEditedSubmittedToIomOsloAndAccepted() {
        String id = create(body("NO", null, false));
        String etag = read(PARTNER, id).statusCode(200).body("status", equalTo("DRAFT"))
                .body("person.givenName", equalTo("Testa")).extract().header("ETag");
        read(IOM_OSLO, id).statusCode(404);

        given().auth().oauth2(PARTNER).contentType("application/json").header("If-Match", etag)
                .body(updateBody("Testb"))
                .put("/api/v1/referrals/" + id).then().statusCode(200).body("person.givenName", equalTo("Testb"));

        post(PARTNER, id, "submission").statusCode(200).body("status", equalTo("SUBMITTED")).body("person", nullValue());
        read(IOM_OSLO, id).statusCode(200).body("person.givenName", equalTo("Testb"));
        read(IOM_HELSINKI, id).statusCode(404);
        post(IOM_OSLO, id, "acceptance").statusCode(200).body("status", equalTo("ACCEPTED"));

        given().auth().oauth2(PARTNER).get("/api/v1/referrals/" + id + "/history").then().statusCode(200)
                .body("label", contains("Referral registered", "Submitted to IOM Oslo", "Accepted by IOM Oslo"))
                .body("status", contains("DRAFT", "SUBMITTED", "ACCEPTED"))
                .body("actorOrg", contains("socialtjansten-test", "socialtjansten-test", "iom-oslo"));
    }

    @Test
    void aReferralSubmittedOnCreateIsAnnouncedOnceAsADraftSubmittedLaterIs() throws Exception {
        String onCreate = create(body("NO", null, true));
        String later = create(body("NO", null, false));
        post(PARTNER, later, "submission").statusCode(200);

        for (String id : List.of(onCreate, later)) {
            List<ConsumerRecord<String, String>> submitted = EventProbe.await("avrr.referral",
                    r -> id.equals(r.key()) && r.value().contains(ReferralRouted.SUBMITTED), 1, Duration.ofSeconds(20));
            assertEquals(1, submitted.size(), "one submitted event per referral, however it was submitted");
            ReferralRouted data = events.data(events.parse(submitted.get(0).value()), ReferralRouted.class);
            assertEquals("SUBMITTED", data.status());
            assertEquals("iom-oslo", data.iomOffice());
        }
    }

    @Test
    void swedenTheCoordinatorApprovesIomHelsinkiIsNotifiedAndAccepts() throws Exception {
        String id = create(body("SE", "lansstyrelsen-stockholm", true));
        read(PARTNER, id).body("status", equalTo("AWAITING_COORDINATOR"));
        read(IOM_HELSINKI, id).statusCode(404);
        read(OTHER_COORDINATOR, id).statusCode(404);
        read(COORDINATOR, id).statusCode(200).body("person.familyName", equalTo("Påhittad"));
        post(IOM_HELSINKI, id, "acceptance").statusCode(404);

        post(COORDINATOR, id, "coordinator-approval").statusCode(200).body("status", equalTo("APPROVED_BY_COORDINATOR"));
        List<ConsumerRecord<String, String>> approved = EventProbe.await("avrr.referral",
                r -> id.equals(r.key()) && r.value().contains(ReferralRouted.APPROVED_BY_COORDINATOR), 1,
                Duration.ofSeconds(20));
        assertEquals(1, approved.size(), "IOM Helsinki is notified by an event (Meddelande)");
        ReferralRouted data = events.data(events.parse(approved.get(0).value()), ReferralRouted.class);
        assertEquals("iom-helsinki", data.iomOffice());
        assertEquals("lansstyrelsen-stockholm", data.coordinatorOrg());
        assertFalse(approved.get(0).value().contains("Påhittad"));

        post(IOM_HELSINKI, id, "acceptance").statusCode(200).body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(COORDINATOR).get("/api/v1/referrals/" + id + "/history").then().statusCode(200)
                .body("label", contains("Nytt ärende", "Hänvisning", "Meddelande", "Stöd"))
                .body("actorOrg", contains("socialtjansten-test", "socialtjansten-test", "lansstyrelsen-stockholm",
                        "iom-helsinki"));
    }

    @Test
    void aSwedishReferralDeclinedByTheCoordinatorNeverReachesIom() {
        String id = create(body("SE", "lansstyrelsen-stockholm", true));
        decline(IOM_HELSINKI, id, "NOT_ELIGIBLE").statusCode(404);
        decline(COORDINATOR, id, null).statusCode(400).body("violations[0].field", equalTo("reasonCode"));
        decline(COORDINATOR, id, "BECAUSE_WE_SAY_SO").statusCode(400);
        read(COORDINATOR, id).body("status", equalTo("AWAITING_COORDINATOR"));
        decline(COORDINATOR, id, "NOT_ELIGIBLE", "Not identified as subjected to trafficking (fictional)").statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("declineNote", equalTo("Not identified as subjected to trafficking (fictional)"));
        read(PARTNER, id).body("status", equalTo("DECLINED"))
                .body("declineReason.code", equalTo("NOT_ELIGIBLE"))
                .body("declineReason.label", equalTo("Not eligible for the programme"))
                .body("declineNote", org.hamcrest.Matchers.nullValue())
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("trafficking")));
        read(IOM_HELSINKI, id).statusCode(404);
        post(COORDINATOR, id, "coordinator-approval").statusCode(409).body("state", equalTo("DECLINED"));
    }

    @Test
    void iomDeclinesANorwegianReferralAndIomHelsinkiAnApprovedSwedishOne() {
        String no = create(body("NO", null, true));
        decline(IOM_OSLO, no, "OUTSIDE_PROGRAMME_SCOPE").statusCode(200).body("status", equalTo("DECLINED"));
        String se = create(body("SE", "lansstyrelsen-stockholm", true));
        post(COORDINATOR, se, "coordinator-approval").statusCode(200);
        decline(COORDINATOR, se, "NOT_ELIGIBLE").statusCode(403);
        decline(IOM_HELSINKI, se, "SUPPORT_NOT_AVAILABLE", "HIV positive, treatment not available at home (fictional)")
                .statusCode(200).body("status", equalTo("DECLINED"));
        // The referrer reads the code and its public label, never the receiver's words about the person.
        read(PARTNER, se).body("declineReason.code", equalTo("SUPPORT_NOT_AVAILABLE"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("HIV")));
    }

    @Test
    void thePartnerWithdrawsUntilIomAcceptsAndNothingMovesAfterwards() {
        String id = create(body("NO", null, true));
        post(OTHER_PARTNER, id, "withdrawal").statusCode(404);
        post(PARTNER, id, "withdrawal").statusCode(200).body("status", equalTo("WITHDRAWN"));
        post(IOM_OSLO, id, "acceptance").statusCode(409).body("state", equalTo("WITHDRAWN"));
        post(PARTNER, id, "submission").statusCode(409).body("state", equalTo("WITHDRAWN"));

        String accepted = create(body("NO", null, true));
        post(IOM_OSLO, accepted, "acceptance").statusCode(200);
        post(PARTNER, accepted, "withdrawal").statusCode(409).body("state", equalTo("ACCEPTED"));
    }

    @Test
    void aDraftIsUpdatedOnlyWithAFreshIfMatchAndOnlyWhileADraft() {
        String id = create(body("NO", null, false));
        String update = updateBody("Testa");
        given().auth().oauth2(PARTNER).contentType("application/json").body(update)
                .put("/api/v1/referrals/" + id).then().statusCode(428);
        given().auth().oauth2(PARTNER).contentType("application/json").header("If-Match", "\"7\"").body(update)
                .put("/api/v1/referrals/" + id).then().statusCode(412).body("currentVersion", notNullValue());
        given().auth().oauth2(PARTNER).contentType("application/json").header("If-Match", "\"0\"")
                .body(body("NO", null, true)).put("/api/v1/referrals/" + id).then().statusCode(400)
                .body("violations[0].field", equalTo("submit"));
        given().auth().oauth2(OTHER_PARTNER).contentType("application/json").header("If-Match", "\"0\"").body(update)
                .put("/api/v1/referrals/" + id).then().statusCode(404);
        post(PARTNER, id, "submission").statusCode(200);
        String etag = read(PARTNER, id).extract().header("ETag");
        given().auth().oauth2(PARTNER).contentType("application/json").header("If-Match", etag).body(update)
                .put("/api/v1/referrals/" + id).then().statusCode(409).body("state", equalTo("SUBMITTED"));
    }

    @Test
    void theSwedishRouteNeedsAKnownCoordinatorAndTheNorwegianNone() {
        given().auth().oauth2(PARTNER).contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body("SE", null, true)).post("/api/v1/referrals").then().statusCode(400)
                .body("violations[0].field", equalTo("coordinatorOrg"));
        given().auth().oauth2(PARTNER).contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body("SE", "lansstyrelsen-nowhere", true)).post("/api/v1/referrals").then().statusCode(400)
                .body("violations[0].field", equalTo("coordinatorOrg"));
        given().auth().oauth2(PARTNER).contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body("NO", "lansstyrelsen-stockholm", true)).post("/api/v1/referrals").then().statusCode(400)
                .body("violations[0].field", equalTo("coordinatorOrg"));
    }

    @Test
    void theListShowsEachRoleItsOwnScopeFilteredAndPaged() {
        String draft = create(body("SE", "lansstyrelsen-stockholm", false));
        // From this test's first referral on: referrals other tests made a moment earlier stay out of the window.
        String before = read(PARTNER, draft).extract().path("createdAt");
        String awaiting = create(body("SE", "lansstyrelsen-stockholm", true));
        String norwegian = create(body("NO", null, true));

        given().auth().oauth2(PARTNER).queryParam("createdFrom", before).get("/api/v1/referrals").then()
                .statusCode(200).body("items.id", hasItem(draft)).body("items.id", hasItem(awaiting))
                .body("items.id", hasItem(norwegian));
        given().auth().oauth2(PARTNER).queryParam("createdFrom", before).queryParam("jurisdiction", "SE")
                .queryParam("status", "DRAFT").get("/api/v1/referrals").then()
                .body("items.id", contains(draft)).body("totalItems", equalTo(1));
        given().auth().oauth2(OTHER_PARTNER).get("/api/v1/referrals").then()
                .body("items.id", not(hasItem(draft)));
        given().auth().oauth2(COORDINATOR).queryParam("createdFrom", before).get("/api/v1/referrals").then()
                .body("items.id", contains(awaiting)).body("items.person", everyItem(notNullValue()));
        given().auth().oauth2(IOM_OSLO).queryParam("createdFrom", before).get("/api/v1/referrals").then()
                .body("items.id", contains(norwegian));
        given().auth().oauth2(IOM_HELSINKI).queryParam("createdFrom", before).get("/api/v1/referrals").then()
                .body("totalItems", equalTo(0));
        given().auth().oauth2(PARTNER).queryParam("createdFrom", before).queryParam("countryOfReturn", "NGA")
                .queryParam("size", 2).get("/api/v1/referrals").then()
                .body("items.size()", equalTo(2)).body("totalItems", equalTo(3));
        given().auth().oauth2(PARTNER).queryParam("createdTo", before).queryParam("createdFrom", before)
                .get("/api/v1/referrals").then().body("totalItems", equalTo(0));
        given().auth().oauth2(PARTNER).queryParam("status", "LOST").get("/api/v1/referrals").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        given().auth().oauth2(PARTNER).queryParam("countryOfReturn", "XX").get("/api/v1/referrals").then()
                .statusCode(400).body("violations[0].field", equalTo("countryOfReturn"));
    }
}
