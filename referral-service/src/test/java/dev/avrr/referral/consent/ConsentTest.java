package dev.avrr.referral.consent;

import static dev.avrr.referral.Fixtures.COORDINATOR;
import static dev.avrr.referral.Fixtures.IOM_HELSINKI;
import static dev.avrr.referral.Fixtures.IOM_OSLO;
import static dev.avrr.referral.Fixtures.PERSON;
import static dev.avrr.referral.Fixtures.consent;
import static dev.avrr.referral.Fixtures.created;
import static dev.avrr.referral.Fixtures.get;
import static dev.avrr.referral.Fixtures.norway;
import static dev.avrr.referral.Fixtures.partner;
import static dev.avrr.referral.Fixtures.post;
import static dev.avrr.referral.Fixtures.sweden;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.ReferralConsentGiven;
import dev.avrr.vocabulary.events.ReferralConsentWithdrawn;
import io.quarkus.test.junit.QuarkusTest;

/** Consent per purpose and recipient: recorded, required before each share, withdrawn with effect. */
@QuarkusTest
class ConsentTest {

    private static final String PARTNER_ORG = "ngo-consent-" + UUID.randomUUID();
    private static final String PARTNER = partner(PARTNER_ORG);

    @Inject
    Events events;

    @Test
    void noSubmissionToIomOsloWithoutConsentToShareWithIt() {
        String id = created(PARTNER, norway(PERSON, "[" + consent("FEEDBACK_TO_REFERRER") + "]", false));
        post(PARTNER, id + "/submission").statusCode(422)
                .body("type", equalTo("urn:avrr:problem:business-rule"))
                .body("rule", equalTo("consent-to-share-missing"))
                .body("detail", containsString("iom-oslo"));
        get(PARTNER, id).body("status", equalTo("DRAFT"));

        post(PARTNER, id + "/consents", "{\"purpose\":\"SHARE_WITH_IOM\",\"language\":\"ti\",\"interpreterUsed\":true}")
                .statusCode(201).body("recipientOrg", equalTo("iom-oslo")).body("standing", equalTo(true))
                .body("language", equalTo("ti")).body("interpreterUsed", equalTo(true))
                .body("recordedByOrg", equalTo(PARTNER_ORG)).body("givenAt", notNullValue());
        post(PARTNER, id + "/submission").statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aCreateThatSubmitsAtOnceNeedsTheConsentTooAndCreatesNothingWithout() {
        String owner = partner("ngo-consent-" + UUID.randomUUID());
        dev.avrr.referral.Fixtures.create(owner, norway(PERSON, "[]", true)).statusCode(422)
                .body("rule", equalTo("consent-to-share-missing"));
        io.restassured.RestAssured.given().auth().oauth2(owner).get("/api/v1/referrals").then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void swedenEachHandOverNeedsItsOwnConsent() {
        String id = created(PARTNER, sweden(PERSON, "[" + consent("SHARE_WITH_IOM") + "]", false));
        post(PARTNER, id + "/submission").statusCode(422).body("detail", containsString("lansstyrelsen-stockholm"));
        post(PARTNER, id + "/consents", consent("SHARE_WITH_COORDINATOR")).statusCode(201)
                .body("recipientOrg", equalTo("lansstyrelsen-stockholm"));
        post(PARTNER, id + "/submission").statusCode(200);

        String withoutIom = created(PARTNER, sweden(PERSON, "[" + consent("SHARE_WITH_COORDINATOR") + "]", true));
        post(COORDINATOR, withoutIom + "/coordinator-approval").statusCode(422)
                .body("rule", equalTo("consent-to-share-missing")).body("detail", containsString("iom-helsinki"));
        get(COORDINATOR, withoutIom).body("status", equalTo("AWAITING_COORDINATOR"));
        post(COORDINATOR, withoutIom + "/consents", consent("SHARE_WITH_IOM")).statusCode(201)
                .body("recordedByOrg", equalTo("lansstyrelsen-stockholm"));
        post(COORDINATOR, withoutIom + "/coordinator-approval").statusCode(200);
        post(IOM_HELSINKI, withoutIom + "/acceptance").statusCode(200);
    }

    @Test
    void aConsentNamesARecipientTheRouteAllowsAndStandsOnce() {
        String id = created(PARTNER, norway(PERSON, "[" + consent("SHARE_WITH_IOM") + "]", false));
        post(PARTNER, id + "/consents", "{\"purpose\":\"SHARE_WITH_IOM\",\"recipientOrg\":\"iom-helsinki\","
                + "\"language\":\"en\",\"interpreterUsed\":false}").statusCode(400)
                .body("violations[0].field", equalTo("recipientOrg"));
        post(PARTNER, id + "/consents", consent("SHARE_WITH_COORDINATOR")).statusCode(400)
                .body("violations[0].field", equalTo("purpose"));
        post(PARTNER, id + "/consents", consent("SHARE_WITH_IOM")).statusCode(422)
                .body("rule", equalTo("consent-already-standing"));
        post(PARTNER, id + "/consents", "{\"purpose\":\"SHARE_WITH_IOM\",\"language\":\"Norsk\","
                + "\"interpreterUsed\":false}").statusCode(400).body("violations[0].field", equalTo("language"));
        dev.avrr.referral.Fixtures.create(PARTNER, norway(PERSON, "[" + consent("SHARE_WITH_IOM") + ","
                + consent("SHARE_WITH_IOM") + "]", false)).statusCode(400)
                .body("violations[0].field", equalTo("consents[1].purpose"));
        get(PARTNER, id + "/consents").statusCode(200).body("", hasSize(1));
        get(partner("ngo-someone-else"), id + "/consents").statusCode(404);
    }

    @Test
    void withdrawalIsRecordedAnnouncedAndStopsEverySharingStep() throws Exception {
        String id = created(PARTNER, norway(PERSON, dev.avrr.referral.Fixtures.NORWAY_CONSENTS, true));
        get(IOM_OSLO, id).body("person.givenName", equalTo("Testa"));

        post(PARTNER, id + "/consent-withdrawal", "{\"purposes\":[\"SHARE_WITH_IOM\"],\"language\":\"am\","
                + "\"interpreterUsed\":true}").statusCode(200)
                .body("purpose", contains("SHARE_WITH_IOM")).body("[0].standing", equalTo(false))
                .body("[0].withdrawnAt", notNullValue()).body("[0].withdrawalLanguage", equalTo("am"))
                .body("[0].withdrawalRecordedByOrg", equalTo(PARTNER_ORG));

        get(IOM_OSLO, id).statusCode(200).body("person", nullValue()).body("vulnerability", nullValue())
                .body("personWithheld", notNullValue());
        post(IOM_OSLO, id + "/acceptance").statusCode(422).body("rule", equalTo("consent-to-share-missing"));
        get(IOM_OSLO, id).body("status", equalTo("SUBMITTED"));

        List<ConsumerRecord<String, String>> records = EventProbe.await("avrr.referral",
                r -> id.equals(r.key()) && r.value().contains(ReferralConsentWithdrawn.TYPE), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size());
        ReferralConsentWithdrawn event = events.data(events.parse(records.get(0).value()), ReferralConsentWithdrawn.class);
        assertEquals("SHARE_WITH_IOM", event.purpose());
        assertEquals("iom-oslo", event.recipientOrg());

        get(PARTNER, id + "/consents").body("purpose", containsInAnyOrder("SHARE_WITH_IOM", "FEEDBACK_TO_REFERRER"))
                .body("findAll { it.standing }.purpose", contains("FEEDBACK_TO_REFERRER"));
    }

    @Test
    void theReceiverMayRecordTheWithdrawalOfEverythingAndThereIsNothingLeftToWithdraw() {
        String id = dev.avrr.referral.Fixtures.acceptedInNorway(PARTNER);
        post(IOM_OSLO, id + "/consent-withdrawal", "{\"language\":\"en\",\"interpreterUsed\":false}").statusCode(200)
                .body("", hasSize(2));
        post(IOM_OSLO, id + "/consent-withdrawal", "{\"language\":\"en\",\"interpreterUsed\":false}").statusCode(422)
                .body("rule", equalTo("no-standing-consent"));
        post(partner("ngo-someone-else"), id + "/consent-withdrawal", "{\"language\":\"en\",\"interpreterUsed\":false}")
                .statusCode(404);
    }

    @Test
    void aConsentIsOnlyWhatThePersonGaveWhenTheyGaveIt() {
        String id = created(PARTNER, norway(PERSON, dev.avrr.referral.Fixtures.NORWAY_CONSENTS, true));
        String future = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        post(PARTNER, id + "/consent-withdrawal", "{\"purposes\":[\"SHARE_WITH_IOM\"],\"language\":\"am\","
                + "\"interpreterUsed\":true}").statusCode(200);
        String before = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(1).toString();

        // IOM cannot give itself access back on the person's behalf: not dated before the withdrawal, not in the
        // future, and not without the person's signed consent form.
        post(IOM_OSLO, id + "/consents", """
                {"purpose":"SHARE_WITH_IOM","language":"am","interpreterUsed":true,"givenAt":"%s",
                 "signedFormReference":"FORM-TEST-1"}""".formatted(before)).statusCode(422)
                .body("rule", equalTo("consent-dated-before-withdrawal"));
        post(PARTNER, id + "/consents", """
                {"purpose":"SHARE_WITH_IOM","language":"am","interpreterUsed":true,"givenAt":"%s",
                 "signedFormReference":"FORM-TEST-1"}""".formatted(future)).statusCode(422)
                .body("rule", equalTo("consent-dated-in-future"));
        post(PARTNER, id + "/consents", "{\"purpose\":\"SHARE_WITH_IOM\",\"language\":\"am\",\"interpreterUsed\":true}")
                .statusCode(422).body("rule", equalTo("signed-consent-form-required"));
        get(IOM_OSLO, id).statusCode(200).body("person", nullValue());
        get(PARTNER, id + "/consents").body("findAll { it.standing }.purpose", contains("FEEDBACK_TO_REFERRER"));

        post(PARTNER, id + "/consents", """
                {"purpose":"SHARE_WITH_IOM","language":"am","interpreterUsed":true,
                 "signedFormReference":"FORM-TEST-1"}""").statusCode(201)
                .body("signedFormReference", equalTo("FORM-TEST-1")).body("standing", equalTo(true));
        get(IOM_OSLO, id).statusCode(200).body("person.givenName", equalTo("Testa"));

        // Given again, it is announced to every service and shown on the referrer's timeline; the form stays here.
        List<ConsumerRecord<String, String>> given = EventProbe.await("avrr.referral",
                r -> id.equals(r.key()) && r.value().contains(ReferralConsentGiven.TYPE), 1, Duration.ofSeconds(20));
        assertEquals(1, given.size());
        ReferralConsentGiven event = events.data(events.parse(given.get(0).value()), ReferralConsentGiven.class);
        assertEquals("SHARE_WITH_IOM", event.purpose());
        assertEquals("iom-oslo", event.recipientOrg());
        org.junit.jupiter.api.Assertions.assertFalse(given.get(0).value().contains("FORM-TEST-1"));
        get(PARTNER, id + "/history").body("step", hasItem("CONSENT_GIVEN_AGAIN"))
                .body("find { it.step == 'CONSENT_GIVEN_AGAIN' }.status", equalTo("SUBMITTED"));
        get(PARTNER, id + "/timeline").body("entries.code", hasItem("CONSENT_GIVEN_AGAIN"));
    }

    @Test
    void aFirstConsentMayNotBeDatedInTheFutureEither() {
        String id = created(PARTNER, norway(PERSON, "[" + consent("FEEDBACK_TO_REFERRER") + "]", false));
        String future = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusHours(2).toString();
        post(PARTNER, id + "/consents", """
                {"purpose":"SHARE_WITH_IOM","language":"am","interpreterUsed":true,"givenAt":"%s"}""".formatted(future))
                .statusCode(422).body("rule", equalTo("consent-dated-in-future"));
        get(PARTNER, id + "/consents").body("", hasSize(1));
    }
}
