package dev.avrr.referral.coordinator;

import static dev.avrr.referral.Fixtures.COORDINATOR;
import static dev.avrr.referral.Fixtures.IOM_HELSINKI;
import static dev.avrr.referral.Fixtures.IOM_OSLO;
import static dev.avrr.referral.Fixtures.PERSON;
import static dev.avrr.referral.Fixtures.SWEDEN_CONSENTS;
import static dev.avrr.referral.Fixtures.consent;
import static dev.avrr.referral.Fixtures.create;
import static dev.avrr.referral.Fixtures.created;
import static dev.avrr.referral.Fixtures.get;
import static dev.avrr.referral.Fixtures.partner;
import static dev.avrr.referral.Fixtures.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.ReferralApplicationSigned;
import io.quarkus.test.junit.QuarkusTest;

/** The Swedish route beyond the partner's referral: the coordinator's own registration, Välgrundat beslut. */
@QuarkusTest
class CoordinatorRouteTest {

    private static final String PARTNER = partner("socialtjansten-" + UUID.randomUUID());

    private static final String OUTSIDE = """
            {"jurisdiction":"SE","person":{"givenName":"Testa","familyName":"Påhittad","estimatedBirthYear":1994,
             "nationality":"RO","countryOfReturn":"RO"},
             "vulnerability":{"categories":["VICTIM_OF_TRAFFICKING_ADULT"],"traffickingIdentifiedBy":"Polisen"},
             "consents":[%s],
             "outsideReferral":{"channel":"PHONE","referredBy":"Regional coordinator, Västra Götaland"}}""";

    private static final String APPLICATION = """
            {"signedOn":"%s","language":"ro","attachments":[
              {"documentType":"PASSPORT_COPY","fileName":"pass-Testa-Pahittad.pdf","mediaType":"application/pdf",
               "sizeBytes":182044,"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
              {"documentType":"MEDICAL_STATEMENT","fileName":"statement.pdf","mediaType":"application/pdf",
               "sizeBytes":5120,"sha256":"2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"}]}""";

    @Inject
    Events events;

    @Test
    void aCoordinatorRegistersAPersonReferredByPhoneWhichAwaitsItsOwnApproval() {
        String id = create(COORDINATOR, OUTSIDE.formatted(consent("SHARE_WITH_COORDINATOR") + ","
                + consent("SHARE_WITH_IOM"))).statusCode(201)
                .body("status", equalTo("AWAITING_COORDINATOR"))
                .body("coordinatorOrg", equalTo("lansstyrelsen-stockholm"))
                .body("outsideReferral.channel", equalTo("PHONE"))
                .body("person.estimatedBirthYear", equalTo(1994)).extract().path("id");
        get(COORDINATOR, id + "/history").statusCode(200)
                .body("label", contains("Nytt ärende", "Hänvisning"))
                .body("actorOrg", contains("lansstyrelsen-stockholm", "lansstyrelsen-stockholm"));
        io.restassured.RestAssured.given().auth().oauth2(COORDINATOR).get("/api/v1/referrals").then()
                .body("items.id", hasItem(id));
        get(IOM_HELSINKI, id).statusCode(404);

        post(COORDINATOR, id + "/coordinator-approval").statusCode(200).body("status", equalTo("APPROVED_BY_COORDINATOR"));
        post(IOM_HELSINKI, id + "/acceptance").statusCode(200);
        get(COORDINATOR, id + "/history").body("label", contains("Nytt ärende", "Hänvisning", "Meddelande", "Stöd"));
    }

    @Test
    void onlyAConfiguredCoordinatorRegistersAndOnlyOnTheSwedishRoute() {
        create(TestTokens.of(Roles.COORDINATOR, "lansstyrelsen-nowhere"), OUTSIDE.formatted(consent("SHARE_WITH_COORDINATOR")))
                .statusCode(403);
        create(COORDINATOR, OUTSIDE.formatted(consent("SHARE_WITH_COORDINATOR")).replace("\"SE\"", "\"NO\""))
                .statusCode(400).body("violations[0].field", equalTo("jurisdiction"));
        create(COORDINATOR, OUTSIDE.formatted(consent("SHARE_WITH_COORDINATOR"))
                .replace(",\n \"outsideReferral\":{\"channel\":\"PHONE\",\"referredBy\":\"Regional coordinator, Västra Götaland\"}", ""))
                .statusCode(400).body("violations[0].field", equalTo("outsideReferral"));
        create(COORDINATOR, OUTSIDE.formatted("")).statusCode(422).body("rule", equalTo("consent-to-share-missing"));
        create(PARTNER, OUTSIDE.formatted(consent("SHARE_WITH_COORDINATOR"))).statusCode(400)
                .body("violations[0].field", equalTo("outsideReferral"));
    }

    @Test
    void theSignedApplicationIsRecordedOnceAfterIomHelsinkiAcceptedAndAnnouncedWithoutItsContents() throws Exception {
        String id = created(PARTNER, dev.avrr.referral.Fixtures.sweden(PERSON, SWEDEN_CONSENTS, true));
        String today = LocalDate.now().toString();
        post(COORDINATOR, id + "/signed-application", APPLICATION.formatted(today)).statusCode(409)
                .body("state", equalTo("AWAITING_COORDINATOR"));
        post(COORDINATOR, id + "/coordinator-approval").statusCode(200);
        post(IOM_HELSINKI, id + "/signed-application", APPLICATION.formatted(today)).statusCode(409)
                .body("state", equalTo("APPROVED_BY_COORDINATOR"));
        post(IOM_HELSINKI, id + "/acceptance").statusCode(200);

        post(IOM_HELSINKI, id + "/signed-application", APPLICATION.formatted("2999-01-01")).statusCode(400)
                .body("violations[0].field", equalTo("signedOn"));
        post(IOM_HELSINKI, id + "/signed-application", APPLICATION.formatted(today).replace("9f86d0", "XYZ"))
                .statusCode(400).body("violations[0].field", equalTo("attachments[0].sha256"));
        post(IOM_HELSINKI, id + "/signed-application", APPLICATION.formatted(today)).statusCode(201)
                .body("signedOn", equalTo(today)).body("attachments.documentType",
                        contains("PASSPORT_COPY", "MEDICAL_STATEMENT"));
        post(PARTNER, id + "/signed-application", APPLICATION.formatted(today)).statusCode(409)
                .body("guard", equalTo("the signed application is already recorded"));

        get(COORDINATOR, id + "/signed-application").statusCode(200).body("recordedByOrg", equalTo("iom-helsinki"))
                .body("attachments[0].fileName", equalTo("pass-Testa-Pahittad.pdf"));
        get(PARTNER, id + "/signed-application").statusCode(403);
        get(PARTNER, id + "/history").body("label",
                contains("Nytt ärende", "Hänvisning", "Meddelande", "Stöd", "Välgrundat beslut"));

        List<ConsumerRecord<String, String>> records = EventProbe.await("avrr.referral",
                r -> id.equals(r.key()) && r.value().contains(ReferralApplicationSigned.TYPE), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size());
        assertFalse(records.get(0).value().contains("pass-Testa") || records.get(0).value().contains("PASSPORT"));
        ReferralApplicationSigned signed = events.data(events.parse(records.get(0).value()), ReferralApplicationSigned.class);
        assertEquals(2, signed.attachments());
        assertEquals(LocalDate.now(), signed.signedOn());
    }

    @Test
    void aNorwegianReferralHasNoSwedishApplicationStep() {
        String id = dev.avrr.referral.Fixtures.acceptedInNorway(PARTNER);
        post(IOM_OSLO, id + "/signed-application", APPLICATION.formatted(LocalDate.now())).statusCode(409)
                .body("state", equalTo("ACCEPTED"));
        post(IOM_OSLO, UUID.randomUUID() + "/signed-application", APPLICATION.formatted(LocalDate.now())).statusCode(404);
    }
}
