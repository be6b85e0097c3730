package dev.avrr.referral;

import static dev.avrr.referral.Fixtures.COORDINATOR;
import static dev.avrr.referral.Fixtures.IOM_HELSINKI;
import static dev.avrr.referral.Fixtures.IOM_OSLO;
import static dev.avrr.referral.Fixtures.NORWAY_CONSENTS;
import static dev.avrr.referral.Fixtures.PERSON;
import static dev.avrr.referral.Fixtures.SWEDEN_CONSENTS;
import static dev.avrr.referral.Fixtures.partner;
import static dev.avrr.referral.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.Examples;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.ReferralRouted;
import dev.avrr.vocabulary.events.WorkItemOpened;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * referral-service's work on the platform's work queue: the coordinator's referrals to approve, the IOM office's
 * referrals to accept — each on the queue of who acts next, and gone once done.
 */
@QuarkusTest
class WorkQueueTest {

    @Inject
    Events events;

    static ValidatableResponse queue(String token, String kind) {
        return given().auth().oauth2(token).queryParam("kind", kind).queryParam("size", 100)
                .get("/api/v1/work-queue").then().statusCode(200);
    }

    @Test
    void aReferralWaitsForTheCoordinatorThenForTheOfficeOfItsRoute() {
        String partner = partner("socialtjansten-" + UUID.randomUUID());
        String swedish = Fixtures.created(partner, Fixtures.sweden(PERSON, SWEDEN_CONSENTS, true));
        queue(COORDINATOR, "REFERRAL_TO_APPROVE").body("items.subjectId", hasItem(swedish))
                .body("items.find { it.subjectId == '" + swedish + "' }.href", equalTo("/api/v1/referrals/" + swedish));
        queue(IOM_HELSINKI, "REFERRAL_TO_ACCEPT").body("items.subjectId", not(hasItem(swedish)));

        post(COORDINATOR, swedish + "/coordinator-approval").statusCode(200);
        queue(COORDINATOR, "REFERRAL_TO_APPROVE").body("items.subjectId", not(hasItem(swedish)));
        queue(IOM_HELSINKI, "REFERRAL_TO_ACCEPT").body("items.subjectId", hasItem(swedish));
        queue(IOM_OSLO, "REFERRAL_TO_ACCEPT").body("items.subjectId", not(hasItem(swedish)));
        post(IOM_HELSINKI, swedish + "/acceptance").statusCode(200);
        queue(IOM_HELSINKI, "REFERRAL_TO_ACCEPT").body("items.subjectId", not(hasItem(swedish)));
        queue(IOM_HELSINKI, "SIGNED_APPLICATION_AWAITED").body("items.subjectId", hasItem(swedish));
        given().auth().oauth2(IOM_HELSINKI).contentType("application/json").body(Examples.read(
                "examples/coordinator/record-with-passport-copy.json")).post("/api/v1/referrals/" + swedish
                        + "/signed-application").then().statusCode(201);
        queue(IOM_HELSINKI, "SIGNED_APPLICATION_AWAITED").body("items.subjectId", not(hasItem(swedish)));

        String norwegian = Fixtures.created(partner("ngo-" + UUID.randomUUID()), Fixtures.norway(PERSON,
                NORWAY_CONSENTS, true));
        queue(IOM_OSLO, "REFERRAL_TO_ACCEPT").body("items.subjectId", hasItem(norwegian));
        given().auth().oauth2(partner).get("/api/v1/work-queue").then().statusCode(403);
    }

    @Test
    void aMinorOwedTheMandatoryConversationWaitsForTheCounsellorOfTheCentre() {
        String centre = TestTokens.of(Roles.COUNSELLOR, "mottak-" + UUID.randomUUID());
        String minor = given().auth().oauth2(centre).contentType("application/json").body("{\"givenName\":\"Testo\","
                + "\"familyName\":\"Fiktivsen\",\"dateOfBirth\":\"" + LocalDate.now().minusYears(15)
                + "\",\"sex\":\"MALE\",\"nationality\":\"AFG\"}").post("/api/v1/counselling/residents").then()
                .statusCode(201).extract().path("id");
        String trigger = given().auth().oauth2(centre).contentType("application/json").body("{\"kind\":"
                + "\"UNE_REJECTION\",\"decidedOn\":\"" + LocalDate.now().minusDays(3) + "\"}")
                .post("/api/v1/counselling/residents/" + minor + "/triggers").then().statusCode(201).extract().path("id");

        queue(centre, "MANDATORY_CONVERSATION_OWED").body("items.subjectId", hasItem(trigger))
                .body("items[0].href", equalTo("/api/v1/counselling/residents/" + minor));
        queue(TestTokens.of(Roles.COUNSELLOR, "mottak-" + UUID.randomUUID()), null).body("totalItems", equalTo(0));
    }

    /** The work-item announcements of one referral, oldest first, once at least {@code atLeast} arrived. */
    private List<WorkItemOpened> announced(String referralId, int atLeast) {
        return announced(referralId, atLeast, Duration.ofSeconds(20));
    }

    private List<WorkItemOpened> announced(String referralId, int atLeast, Duration timeout) {
        return EventProbe.await(EventTypes.REFERRAL_TOPIC, r -> referralId.equals(r.key())
                && r.value().contains(WorkItemOpened.REFERRAL), atLeast, timeout).stream()
                .map(r -> events.data(events.parse(r.value()), WorkItemOpened.class)).toList();
    }

    @Test
    void eachNewItemOfTheOfficeIsAnnouncedOnceForItsCaseworkersWithIdsOnly() throws Exception {
        String partner = partner("socialtjansten-" + UUID.randomUUID());
        String swedish = Fixtures.created(partner, Fixtures.sweden(PERSON, SWEDEN_CONSENTS, true));
        post(COORDINATOR, swedish + "/coordinator-approval").statusCode(200);
        List<WorkItemOpened> reached = announced(swedish, 1);
        assertEquals(1, reached.size(), "not at the submission to the coordinator, once at the approval");
        WorkItemOpened toAccept = reached.get(0);
        assertEquals("REFERRAL_TO_ACCEPT", toAccept.kind());
        assertEquals(UUID.fromString(swedish), toAccept.subjectId());
        assertEquals(null, toAccept.caseId());
        assertEquals("iom-helsinki", toAccept.office());
        assertEquals("CASEWORKER", toAccept.audience());
        assertEquals("/api/v1/referrals/" + swedish, toAccept.href());

        post(IOM_HELSINKI, swedish + "/acceptance").statusCode(200);
        List<WorkItemOpened> accepted = announced(swedish, 2);
        assertEquals(List.of("REFERRAL_TO_ACCEPT", "SIGNED_APPLICATION_AWAITED"),
                accepted.stream().map(WorkItemOpened::kind).toList());
        for (var r : EventProbe.await(EventTypes.REFERRAL_TOPIC, r -> swedish.equals(r.key())
                && r.value().contains(WorkItemOpened.REFERRAL), 2, Duration.ofSeconds(20))) {
            assertFalse(r.value().contains("Fiktiv") || r.value().contains("personal"), r.value());
        }

        // A Norwegian referral reaches IOM Oslo on its submission: it is to be accepted there.
        String norwegian = Fixtures.created(partner("ngo-" + UUID.randomUUID()), Fixtures.norway(PERSON,
                NORWAY_CONSENTS, true));
        EventProbe.await(EventTypes.REFERRAL_TOPIC, r -> norwegian.equals(r.key())
                && r.value().contains(ReferralRouted.SUBMITTED), 1, Duration.ofSeconds(20));
        List<WorkItemOpened> norway = announced(norwegian, 2, Duration.ofSeconds(3));
        assertEquals(List.of("REFERRAL_TO_ACCEPT"), norway.stream().map(WorkItemOpened::kind).toList());
        assertEquals("iom-oslo", norway.get(0).office());
    }
}
