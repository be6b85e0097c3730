package dev.avrr.cases.registration;

import static dev.avrr.cases.CaseApi.HELSINKI;
import static dev.avrr.cases.CaseApi.OSLO;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.OtherVulnerability;
import dev.avrr.vocabulary.events.ReferralAccepted;
import dev.avrr.vocabulary.events.ReferralApplicationSigned;
import dev.avrr.vocabulary.events.ReferralPerson;
import dev.avrr.vocabulary.events.VulnerabilityCategory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * An accepted referral, published as referral-service publishes it (a CloudEvent with the person sealed), becomes
 * exactly one case holding the whole person; what cannot take effect goes to the dead-letter topic, never lost.
 */
@QuarkusTest
class ReferralEventsTest {

    @Inject
    Events events;

    private EventEnvelope accepted(UUID referralId, String jurisdiction, ReferralPerson person) {
        return events.createWithPersonal(ReferralAccepted.TYPE, referralId.toString(),
                new ReferralAccepted(referralId, jurisdiction, "ET", "ngo-a", "iom-oslo", OffsetDateTime.now(), null),
                person);
    }

    private static ReferralPerson fullPerson() {
        return new ReferralPerson("Testa", "Fiktivsen", LocalDate.of(1991, 2, 3), null, "F", "ET", List.of("am", "en"),
                true, new ReferralPerson.Contact("+47 00 00 00 09", "testa@example.invalid", "Mottak (fictional)"),
                List.of(new ReferralPerson.Identifier("FODSELSNUMMER", "31129956715"),
                        new ReferralPerson.Identifier("DUF_NUMBER", "200205705503"),
                        new ReferralPerson.Identifier("PERSONNUMMER", "640823-3235")),
                List.of(new ReferralPerson.HouseholdMember("Testo", "Fiktivsen", LocalDate.of(2018, 4, 4),
                        HouseholdRelation.CHILD, "M")),
                new ReferralPerson.Vulnerability(List.of(VulnerabilityCategory.OTHER), OtherVulnerability.FORCED_MARRIAGE,
                        null, "Fear of forced marriage (fictional)", "Referrer's notes (fictional)"));
    }

    private static ValidatableResponse casesOf(String token, UUID referralId) {
        return given().auth().oauth2(token).queryParam("referralId", referralId.toString()).get("/api/v1/cases")
                .then().statusCode(200);
    }

    @Test
    void anAcceptedReferralBecomesOneCaseHoldingTheWholePerson() {
        UUID referralId = UUID.randomUUID();
        EventProbe.send("avrr.referral", referralId.toString(), events.toJson(accepted(referralId, "NO", fullPerson())));
        String id = CaseApi.awaitCase(OSLO, referralId);
        CaseApi.read(OSLO, id).statusCode(200)
                .body("referralId", equalTo(referralId.toString())).body("referringOrg", equalTo("ngo-a"))
                .body("registrationSource", equalTo("REFERRAL")).body("office", equalTo("iom-oslo"))
                .body("applicant.dateOfBirth", equalTo("1991-02-03")).body("applicant.languages", hasSize(2))
                .body("applicant.interpreterNeeded", equalTo(true))
                .body("applicant.contact.address", equalTo("Mottak (fictional)"))
                .body("applicant.identifiers.check", org.hamcrest.Matchers.contains("VALID", "WARNING", "INVALID"))
                .body("household[0].memberId", notNullValue()).body("household[0].relation", equalTo("CHILD"))
                .body("vulnerability.otherSubtype", equalTo("FORCED_MARRIAGE"))
                .body("vulnerability.reason", equalTo("Fear of forced marriage (fictional)"));

        List<ConsumerRecord<String, String>> registered = CaseApi.caseEvents(id, CaseRegistered.TYPE, 1);
        assertEquals(1, registered.size());
        assertEquals(referralId, events.data(events.parse(registered.get(0).value()), CaseRegistered.class).referralId());
        assertFalse(registered.get(0).value().contains("Testa"), "no name on the case topic");

        String child = CaseApi.read(OSLO, id).extract().path("household[0].memberId");
        CaseApi.read(OSLO, id).body("household[0].memberId", equalTo(child));
    }

    @Test
    void theSameEventDeliveredTwiceAndAReplayUnderANewIdStillMakeOneCase() {
        UUID referralId = UUID.randomUUID();
        String json = events.toJson(accepted(referralId, "SE", fullPerson()));
        EventProbe.send("avrr.referral", referralId.toString(), json);
        EventProbe.send("avrr.referral", referralId.toString(), json);
        EventProbe.send("avrr.referral", referralId.toString(), events.toJson(accepted(referralId, "SE", fullPerson())));
        // A marker on the same key (same partition) is handled after the three above.
        UUID marker = UUID.randomUUID();
        EventProbe.send("avrr.referral", referralId.toString(), events.toJson(accepted(marker, "SE", fullPerson())));
        CaseApi.awaitCase(HELSINKI, marker);
        casesOf(HELSINKI, referralId).body("totalItems", equalTo(1)).body("items[0].office", equalTo("iom-helsinki"));
        casesOf(OSLO, referralId).body("totalItems", equalTo(0));
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
        casesOf(OSLO, referralId).body("totalItems", equalTo(0));
    }

    @Test
    void anIdentifierTypeOutsideTheContractGoesToTheDeadLetterTopic() {
        UUID referralId = UUID.randomUUID();
        ReferralPerson person = new ReferralPerson("Testa", "Fiktivsen", LocalDate.of(1991, 2, 3), null, null, "ET",
                List.of(), null, null, List.of(new ReferralPerson.Identifier("SHOE_SIZE", "42")), List.of(), null);
        EventProbe.send("avrr.referral", referralId.toString(), events.toJson(accepted(referralId, "NO", person)));
        assertEquals(1, EventProbe.await("avrr.dlq.case-service", r -> referralId.toString().equals(r.key()), 1,
                Duration.ofSeconds(30)).size());
    }

    @Test
    void aSignedApplicationIsNotedOnTheCaseAndOneWithoutACaseIsDeadLettered() {
        UUID referralId = UUID.randomUUID();
        String id = CaseApi.norwegianReferral(events, referralId, fullPerson());
        CaseApi.signedOnTheSwedishRoute(events, id, referralId, OSLO);
        CaseApi.read(OSLO, id).body("signedApplication.source", equalTo("REFERRAL"));

        UUID unknown = UUID.randomUUID();
        EventProbe.send("avrr.referral", unknown.toString(), events.toJson(events.create(ReferralApplicationSigned.TYPE,
                unknown.toString(), new ReferralApplicationSigned(unknown, LocalDate.now(), 0,
                        OffsetDateTime.now(ZoneOffset.UTC)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> !EventProbe.await("avrr.dlq.case-service",
                r -> unknown.toString().equals(r.key()), 1, Duration.ofSeconds(5)).isEmpty());
    }
}
