package dev.avrr.referral.feedback;

import static dev.avrr.referral.Fixtures.COORDINATOR;
import static dev.avrr.referral.Fixtures.COORDINATOR_ORG;
import static dev.avrr.referral.Fixtures.IOM_HELSINKI;
import static dev.avrr.referral.Fixtures.SWEDEN_CONSENTS;
import static dev.avrr.referral.Fixtures.get;
import static dev.avrr.referral.Fixtures.post;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.organisations.Organisation;
import dev.avrr.platform.organisations.OrganisationRegistry;
import dev.avrr.referral.Fixtures;
import dev.avrr.testing.DocumentFiles;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.AccessRequested;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.FeedbackSharing;
import dev.avrr.vocabulary.events.FeedbackWords;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.PartnerRecipient;
import dev.avrr.vocabulary.events.PersonRectified;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The person's right of access reaches the referral: an access request on the case (case-service's
 * {@code avrr.case.access-requested.v1}) is answered, sealed and keyed by the referral, with everything held here on
 * the person and their household — the referral as IOM's caseworker sees it, the consents and withdrawals, the signed
 * application, the steps, the case's milestones, the words shared with the partner, the corrections — what is held
 * since when, why and for whom, and who read it. A referral not held here is answered with an empty part; a case
 * registered directly has no part here.
 */
@QuarkusTest
class ReferralAccessPartTest {

    private static final String EMAIL = "tessa.accessdottir@example.org";
    private static final String FAMILY_NAME = "Accessdottir";
    private static final String NOTES = "Fears a named recruiter in Lagos (fictional)";
    private static final String WORDS = "The bakery opened and my daughter is back at school (fictional)";
    private static final String REASON = "Her birth certificate spells the name Lilla (fictional)";

    private static final String PERSON = """
            {"givenName":"Tessa","familyName":"%s","dateOfBirth":"1991-02-03","sex":"FEMALE",
             "nationality":"NG","countryOfReturn":"NG","languages":["en"],"interpreterNeeded":false,
             "contact":{"phone":"+46 70 000 00 01","email":"%s"},
             "household":[{"givenName":"Lille","familyName":"%s","dateOfBirth":"2017-04-05","relation":"CHILD"}]}"""
            .formatted(FAMILY_NAME, EMAIL, FAMILY_NAME);

    private static final String VULNERABILITY = """
            {"categories":["VICTIM_OF_TRAFFICKING_ADULT"],"traffickingIdentifiedBy":"Socialtjänsten",
             "notes":"%s"}""".formatted(NOTES);

    private static final String APPLICATION = """
            {"signedOn":"%s","language":"en","attachments":[
              {"documentType":"PASSPORT_COPY","fileName":"pass-Tessa-Accessdottir.pdf","mediaType":"application/pdf",
               "sizeBytes":182044,"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}""";

    @Inject
    Events events;

    @Inject
    OrganisationRegistry organisations;

    private String name(String org) {
        return organisations.find(org).map(Organisation::name).orElseThrow();
    }

    private void send(UUID caseId, EventEnvelope event) {
        EventProbe.send(EventTypes.topicOf(event.type()), caseId.toString(), events.toJson(event));
    }

    private void requestAccess(UUID requestId, UUID caseId, UUID referralId) {
        send(caseId, events.create(AccessRequested.TYPE, caseId.toString(),
                new AccessRequested(requestId, caseId, referralId, OffsetDateTime.now(ZoneOffset.UTC))));
    }

    /** The part announced for this request on referral-service's topic. */
    private static ConsumerRecord<String, String> partFor(UUID requestId) {
        List<ConsumerRecord<String, String>> found = EventProbe.await(EventTypes.REFERRAL_TOPIC,
                r -> r.value().contains(AccessPartAssembled.REFERRAL) && r.value().contains(requestId.toString()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, found.size(), "one part for the request");
        return found.get(0);
    }

    private static List<String> texts(JsonNode array, String pointer) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.at(pointer).asText()));
        return values;
    }

    @Test
    void theReferralsPartHoldsEverythingOnThePersonSealedWithWhoReadIt() {
        String partnerOrg = "socialtjansten-" + UUID.randomUUID();
        String partner = Fixtures.partner(partnerOrg);
        String body = Fixtures.sweden(PERSON, SWEDEN_CONSENTS, true);
        String id = Fixtures.created(partner, body.substring(0, body.length() - 1) + ",\"vulnerability\":"
                + VULNERABILITY + "}");
        UUID referralId = UUID.fromString(id);
        post(COORDINATOR, id + "/coordinator-approval").statusCode(200);
        post(IOM_HELSINKI, id + "/acceptance").statusCode(200);
        post(IOM_HELSINKI, id + "/signed-application", APPLICATION.formatted(LocalDate.now(ZoneOffset.UTC)))
                .statusCode(201);
        String document = DocumentFiles.add(IOM_HELSINKI, "/api/v1/referrals/" + id, "SIGNED_APPLICATION",
                DocumentFiles.pdf("Välgrundat beslut")).statusCode(201).extract().path("id");
        DocumentFiles.content(IOM_HELSINKI, "/api/v1/referrals/" + id, document);
        post(COORDINATOR, id + "/consent-withdrawal",
                "{\"purposes\":[\"SHARE_WITH_COORDINATOR\"],\"language\":\"en\",\"interpreterUsed\":true}")
                .statusCode(200);

        // The case opened from it, the returnee's words shared with the partner, and a correction of the child.
        UUID caseId = UUID.randomUUID();
        send(caseId, events.create(CaseRegistered.TYPE, caseId.toString(), new CaseRegistered(caseId, referralId,
                "iom-helsinki", "NG", OffsetDateTime.now(ZoneOffset.UTC), "SE")));
        send(caseId, events.createWithPersonal(FeedbackSharing.SHARED, caseId.toString(), new FeedbackSharing(caseId,
                UUID.randomUUID(), List.of(PartnerRecipient.REFERRER), OffsetDateTime.now(ZoneOffset.UTC)),
                new FeedbackWords(WORDS)));
        send(caseId, events.createWithPersonal(PersonRectified.TYPE, caseId.toString(),
                new PersonRectified(caseId, referralId, UUID.randomUUID(), false, "caseworker-subject", "iom-helsinki",
                        OffsetDateTime.now(ZoneOffset.UTC)),
                new PersonRectified.Correction(
                        new PersonRectified.Person("Lille", FAMILY_NAME, LocalDate.parse("2017-04-05"), null, null,
                                HouseholdRelation.CHILD, List.of()),
                        new PersonRectified.Person("Lilla", FAMILY_NAME, LocalDate.parse("2017-04-05"), null, null,
                                HouseholdRelation.CHILD, List.of()),
                        REASON)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(partner, id + "/timeline")
                .body("entries.code", hasItem("CASE_OPENED")).body("entries.text", hasItem(WORDS)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(IOM_HELSINKI, id).statusCode(200)
                .body("person.household[0].givenName", equalTo("Lilla")));

        // What staff read before the request: each is in the access log.
        get(IOM_HELSINKI, id + "/consents").statusCode(200);
        get(IOM_HELSINKI, id + "/signed-application").statusCode(200);

        UUID requestId = UUID.randomUUID();
        requestAccess(requestId, caseId, referralId);
        ConsumerRecord<String, String> record = partFor(requestId);

        assertEquals(id, record.key(), "keyed by the referral");
        for (String personal : List.of(EMAIL, FAMILY_NAME, NOTES, WORDS, REASON, "Lilla", "pass-Tessa",
                "SIGNED_APPLICATION")) {
            assertFalse(record.value().contains(personal), "the part travels sealed");
        }
        EventEnvelope envelope = events.parse(record.value());
        assertEquals(AccessPartAssembled.REFERRAL, envelope.type());
        AccessPartAssembled clear = events.data(envelope, AccessPartAssembled.class);
        assertEquals(requestId, clear.requestId());
        assertEquals(caseId, clear.caseId());
        assertEquals(referralId, clear.referralId());
        AccessPartAssembled.Part part = events.requiredPersonal(envelope, AccessPartAssembled.Part.class);

        JsonNode data = part.data();
        assertEquals(id, data.at("/referral/id").asText());
        assertEquals(partnerOrg, data.at("/referral/referringOrg").asText());
        assertEquals(FAMILY_NAME, data.at("/referral/person/familyName").asText());
        assertEquals(EMAIL, data.at("/referral/person/contact/email").asText());
        assertEquals("1991-02-03", data.at("/referral/person/dateOfBirth").asText());
        assertEquals("Lilla", data.at("/referral/person/household/0/givenName").asText());
        assertEquals(NOTES, data.at("/referral/vulnerability/notes").asText());
        assertNotNull(OffsetDateTime.parse(data.at("/referral/createdAt").asText()), "times as ISO-8601");

        assertEquals(3, data.at("/consents").size());
        JsonNode withdrawn = null;
        for (JsonNode c : data.at("/consents")) {
            if ("SHARE_WITH_COORDINATOR".equals(c.at("/purpose").asText())) {
                withdrawn = c;
            }
        }
        assertNotNull(withdrawn);
        assertFalse(withdrawn.at("/standing").asBoolean());
        assertEquals(COORDINATOR_ORG, withdrawn.at("/withdrawalRecordedByOrg").asText());
        assertTrue(withdrawn.at("/withdrawalInterpreterUsed").asBoolean());

        assertEquals("pass-Tessa-Accessdottir.pdf", data.at("/signedApplication/attachments/0/fileName").asText());
        assertEquals("iom-helsinki", data.at("/signedApplication/recordedByOrg").asText());
        assertEquals(List.of("Nytt ärende", "Hänvisning", "Meddelande", "Stöd", "Välgrundat beslut"),
                texts(data.at("/history"), "/label"));
        assertTrue(texts(data.at("/milestones"), "/code").contains("CASE_OPENED"));
        assertEquals(1, data.at("/sharedFeedback").size());
        assertEquals(WORDS, data.at("/sharedFeedback/0/entry/text").asText());
        assertEquals(partnerOrg, data.at("/sharedFeedback/0/recipientOrg").asText());
        assertEquals(1, data.at("/rectifications").size());
        // The documents, listed: what each is, never its content.
        assertEquals(1, data.at("/documents").size());
        assertEquals(document, data.at("/documents/0/id").asText());
        assertEquals("SIGNED_APPLICATION", data.at("/documents/0/kind").asText());
        assertEquals("application/pdf", data.at("/documents/0/mediaType").asText());
        assertTrue(data.at("/documents/0/content").isMissingNode());
        JsonNode correction = data.at("/rectifications/0");
        assertEquals(REASON, correction.at("/reason").asText());
        assertTrue(correction.at("/applied").asBoolean());
        assertEquals("caseworker-subject", correction.at("/rectifiedBy").asText());
        assertEquals("iom-helsinki", correction.at("/office").asText());
        assertEquals(caseId.toString(), correction.at("/caseId").asText());

        assertEquals(List.of(ReferralAccessPart.REFERRAL, ReferralAccessPart.VULNERABILITY,
                ReferralAccessPart.CONSENTS, ReferralAccessPart.SIGNED_APPLICATION, ReferralAccessPart.STEPS,
                ReferralAccessPart.MILESTONES, ReferralAccessPart.SHARED_FEEDBACK, ReferralAccessPart.RECTIFICATIONS,
                ReferralAccessPart.DOCUMENTS),
                part.holdings().stream().map(AccessPartAssembled.Holding::category).toList());
        for (AccessPartAssembled.Holding h : part.holdings()) {
            assertNotNull(h.since(), "since when: " + h.category());
            assertFalse(h.purpose().isBlank());
        }
        List<String> receivers = part.holdings().get(0).recipients();
        assertEquals(3, receivers.size());
        assertTrue(receivers.get(0).contains(name(partnerOrg)), "the referrer: " + receivers);
        assertTrue(receivers.get(1).contains(name(COORDINATOR_ORG)), "the coordinator: " + receivers);
        assertTrue(receivers.get(2).contains(name("iom-helsinki")), "the IOM office: " + receivers);
        assertEquals(part.holdings().get(0).since(), part.holdings().get(4).since(), "registered with its first step");

        List<String> log = part.accessLog().stream()
                .map(e -> e.org() + "|" + e.roles() + "|" + e.action() + "|" + e.resource() + "|" + e.outcome())
                .toList();
        assertTrue(log.contains(partnerOrg + "|partner|create|referral|SUCCESS"), log.toString());
        assertTrue(log.contains("iom-helsinki|caseworker|read|referral|SUCCESS"), log.toString());
        assertTrue(log.contains("iom-helsinki|caseworker|read|referral-consent|SUCCESS"), log.toString());
        assertTrue(log.contains("iom-helsinki|caseworker|read|signed-application|SUCCESS"), log.toString());
        assertTrue(log.contains("iom-helsinki|caseworker|create|signed-application|SUCCESS"), log.toString());
        assertTrue(log.contains(COORDINATOR_ORG + "|coordinator|update|referral-consent|SUCCESS"), log.toString());
        assertTrue(log.contains(partnerOrg + "|partner|read|referral-timeline|SUCCESS"), log.toString());
        assertTrue(log.contains("null||update|referral|SUCCESS"), "the correction, by the system: " + log);
        assertTrue(log.contains("iom-helsinki|caseworker|create|document|SUCCESS"), log.toString());
        assertTrue(log.contains("iom-helsinki|caseworker|read|document|SUCCESS"), log.toString());
        for (int i = 1; i < part.accessLog().size(); i++) {
            assertFalse(part.accessLog().get(i).at().isBefore(part.accessLog().get(i - 1).at()), "oldest first");
        }
    }

    @Test
    void aReferralNotHeldHereIsAnsweredWithAnEmptyPart() {
        UUID requestId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        requestAccess(requestId, UUID.randomUUID(), referralId);

        ConsumerRecord<String, String> record = partFor(requestId);
        assertEquals(referralId.toString(), record.key());
        AccessPartAssembled.Part part = events.requiredPersonal(events.parse(record.value()),
                AccessPartAssembled.Part.class);
        assertTrue(part.data().isObject());
        assertEquals(0, part.data().size());
        assertEquals(9, part.holdings().size());
        for (AccessPartAssembled.Holding h : part.holdings()) {
            assertNull(h.since(), "holds none: " + h.category());
        }
        assertTrue(part.accessLog().isEmpty());
    }

    @Test
    void aCaseRegisteredDirectlyHasNoPartHere() {
        // Two requests on one case, in order: the first without a referral, the second for one not held here.
        UUID caseId = UUID.randomUUID();
        UUID direct = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        requestAccess(direct, caseId, null);
        requestAccess(after, caseId, UUID.randomUUID());

        partFor(after);
        assertTrue(EventProbe.await(EventTypes.REFERRAL_TOPIC, r -> r.value().contains(direct.toString()), 1,
                Duration.ofSeconds(2)).isEmpty(), "nothing answers for a case without a referral");
    }
}
