package dev.avrr.referral.feedback;

import static dev.avrr.referral.Fixtures.COORDINATOR;
import static dev.avrr.referral.Fixtures.IOM_HELSINKI;
import static dev.avrr.referral.Fixtures.SWEDEN_CONSENTS;
import static dev.avrr.referral.Fixtures.get;
import static dev.avrr.referral.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.referral.Fixtures;
import dev.avrr.referral.intake.PersonRectification;
import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.DocumentFiles;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import dev.avrr.testing.WebhookReceiver;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.AccessRequested;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.ErasureAnswered;
import dev.avrr.vocabulary.events.ErasureRequested;
import dev.avrr.vocabulary.events.FeedbackSharing;
import dev.avrr.vocabulary.events.FeedbackWords;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.PartnerRecipient;
import dev.avrr.vocabulary.events.PersonRectified;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The person's right to erasure reaches the referral: the check ({@code avrr.case.erasure-requested.v1}) finds nothing
 * in the way and changes nothing; the erasure ({@code avrr.case.erasure-released.v1}) leaves nothing of the person,
 * their household or their words in the database or the API — the referral keeps its ids, status, codes and steps, the
 * reception centres' yearly figures are the same, the audit trail is untouched — the published copies of the
 * referral's events are gone, a second erasure changes nothing, and an access request afterwards says erased. The keys
 * of the referral and of its case are destroyed: a backup taken before the erasure, restored, gives nothing of the
 * person back. A referral not held here is answered with nothing erased; a case registered directly is not answered.
 */
@QuarkusTest
class ReferralErasureTest {

    private static final String GIVEN_NAME = "Erasmina";
    private static final String FAMILY_NAME = "Vergessenova";
    private static final String EMAIL = "erasmina.vergessenova@example.org";
    private static final String PHONE = "+46 70 123 98 76";
    private static final String ADDRESS = "Glomskevagen 12, Malmo (fictional)";
    private static final String IDENTITY_NUMBER = "15038542351";
    private static final String CHILD = "Minnelin";
    private static final String IDENTIFIED_BY = "Fiktiva polisen i Malmo";
    private static final String REFERRAL_REASON = "Wants to go home to her mother in Enugu (fictional)";
    private static final String NOTES = "Owes money to an agent called Borkmannsen (fictional)";
    private static final String FILE_NAME = "pass-Erasmina-Vergessenova.pdf";
    private static final String SHA256 = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c";
    private static final String FORM_REFERENCE = "SF-Vergessenova-0042";
    private static final String WORDS = "The Vergessenova sewing shop on Zik Avenue is open (fictional)";
    private static final String LATE_WORDS = "Written before the erasure, arrived after it (fictional)";
    private static final String RECTIFICATION_REASON = "Her mother's letter spells it Minnelina (fictional)";

    /** Every value of the person, their household and their words that the referral-service was given. */
    private static final List<String> VALUES = List.of(GIVEN_NAME, FAMILY_NAME, EMAIL, PHONE, ADDRESS,
            IDENTITY_NUMBER, CHILD, IDENTIFIED_BY, REFERRAL_REASON, NOTES, FILE_NAME, SHA256, FORM_REFERENCE, WORDS,
            LATE_WORDS, RECTIFICATION_REASON);

    private static final String PERSON = """
            {"givenName":"%s","familyName":"%s","dateOfBirth":"1988-06-17","sex":"FEMALE",
             "nationality":"NG","countryOfReturn":"NG","languages":["ig","en"],"interpreterNeeded":true,
             "contact":{"phone":"%s","email":"%s","address":"%s"},
             "identifiers":[{"type":"FODSELSNUMMER","value":"%s"}],
             "household":[{"givenName":"%s","familyName":"%s","dateOfBirth":"2016-02-03","relation":"CHILD",
              "sex":"FEMALE"}]}""".formatted(GIVEN_NAME, FAMILY_NAME, PHONE, EMAIL, ADDRESS, IDENTITY_NUMBER, CHILD,
            FAMILY_NAME);

    private static final String VULNERABILITY = """
            {"categories":["VICTIM_OF_TRAFFICKING_ADULT","MEDICAL_NEEDS"],"traffickingIdentifiedBy":"%s",
             "referralReason":"%s","notes":"%s"}""".formatted(IDENTIFIED_BY, REFERRAL_REASON, NOTES);

    private static final String APPLICATION = """
            {"signedOn":"%s","language":"ig","attachments":[
              {"documentType":"PASSPORT_COPY","fileName":"%s","mediaType":"application/pdf",
               "sizeBytes":182044,"sha256":"%s"}]}""";

    private static final String UDI = TestTokens.of(Roles.UDI, "udi");

    @Inject
    Events events;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    private void send(UUID key, EventEnvelope event) {
        EventProbe.send(EventTypes.topicOf(event.type()), key.toString(), events.toJson(event));
    }

    private void erasure(String type, UUID requestId, UUID caseId, UUID referralId) {
        send(caseId, events.create(type, caseId.toString(),
                new ErasureRequested(requestId, caseId, referralId, OffsetDateTime.now(ZoneOffset.UTC))));
    }

    /** The answer of this stage to this request on referral-service's topic, with its key. */
    private ConsumerRecord<String, String> answer(UUID requestId, String stage) {
        List<ConsumerRecord<String, String>> found = EventProbe.await(EventTypes.REFERRAL_TOPIC,
                r -> r.value().contains(ErasureAnswered.REFERRAL) && r.value().contains(requestId.toString())
                        && stage.equals(answered(r).stage()),
                1, Duration.ofSeconds(30));
        assertEquals(1, found.size(), "one " + stage + " answer to the request");
        return found.get(0);
    }

    private ErasureAnswered answered(ConsumerRecord<String, String> record) {
        return events.data(events.parse(record.value()), ErasureAnswered.class);
    }

    private List<String> rows(String sql, Object... parameters) {
        return DatabaseScan.rows(dataSource, sql, parameters);
    }

    private List<String> foundInDatabase(List<String> values) {
        return DatabaseScan.valuesInClear(dataSource, values);
    }

    /** Everything stored on the referral, raw (ciphertext as it is): a rewrite of any of it shows. */
    private List<String> stored(UUID referralId, UUID caseId) {
        List<String> all = new ArrayList<>();
        all.addAll(rows("SELECT r::text FROM referral r WHERE id = ?", referralId));
        all.addAll(rows("SELECT c::text FROM referral_consent c WHERE referral_id = ? ORDER BY id", referralId));
        all.addAll(rows("SELECT a::text FROM signed_application a WHERE referral_id = ?", referralId));
        all.addAll(rows("SELECT s::text FROM referral_step s WHERE referral_id = ? ORDER BY id", referralId));
        all.addAll(rows("SELECT f::text FROM shared_feedback f WHERE case_id = ? ORDER BY id", caseId));
        all.addAll(rows("SELECT p::text FROM person_rectification p WHERE referral_id = ? ORDER BY id", referralId));
        all.addAll(rows("SELECT m::text FROM milestone m WHERE case_id = ? ORDER BY id", caseId));
        all.addAll(rows("SELECT id, payload FROM webhook_delivery WHERE referral_id = ? ORDER BY id", referralId));
        return all;
    }

    static String figures(String centre) {
        var request = given().auth().oauth2(UDI).queryParam("year", LocalDate.now(ZoneOffset.UTC).getYear());
        if (centre != null) {
            request = request.queryParam("centre", centre);
        }
        return request.get("/api/v1/counselling/figures").then().statusCode(200).extract().asString();
    }

    /** A minor of a reception centre with a conversation and an outcome this year: the yearly figures count her. */
    static String centreWithFigures() {
        String centre = "mottak-" + UUID.randomUUID();
        String counsellor = TestTokens.of(Roles.COUNSELLOR, centre);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String resident = given().auth().oauth2(counsellor).contentType("application/json")
                .body("{\"givenName\":\"Testa\",\"familyName\":\"Fiktivsen\",\"dateOfBirth\":\""
                        + LocalDate.now(ZoneOffset.UTC).minusYears(15) + "\",\"sex\":\"FEMALE\",\"nationality\":\"NG\"}")
                .post("/api/v1/counselling/residents").then().statusCode(201).extract().path("id");
        given().auth().oauth2(counsellor).contentType("application/json")
                .body("{\"heldOn\":\"" + today + "\",\"form\":\"INFORMAL\",\"interpreterUsed\":false,"
                        + "\"outcome\":\"CONSIDERING_RETURN\"}")
                .post("/api/v1/counselling/residents/" + resident + "/conversations").then().statusCode(201);
        given().auth().oauth2(counsellor).contentType("application/json")
                .body("{\"kind\":\"APPLIED_TO_IOM\",\"occurredOn\":\"" + today + "\"}")
                .post("/api/v1/counselling/residents/" + resident + "/outcomes").then().statusCode(201);
        return centre;
    }

    /** What staff and the partner read of the referral through the API, as one text. */
    private static String readThroughTheApi(String partner, String id) {
        return get(IOM_HELSINKI, id).statusCode(200).extract().asString()
                + get(IOM_HELSINKI, id + "/consents").statusCode(200).extract().asString()
                + get(IOM_HELSINKI, id + "/signed-application").statusCode(200).extract().asString()
                + get(IOM_HELSINKI, id + "/history").statusCode(200).extract().asString()
                + get(partner, id).statusCode(200).extract().asString()
                + get(partner, id + "/timeline").statusCode(200).extract().asString()
                + given().auth().oauth2(partner).queryParam("referralId", id)
                        .get("/api/v1/webhook-subscription/deliveries").then().statusCode(200).extract().asString();
    }

    @Test
    void theErasureLeavesNothingOfThePersonAndTheFiguresAsTheyWere() {
        String partnerOrg = "socialtjansten-" + UUID.randomUUID();
        String partner = Fixtures.partner(partnerOrg);
        String path = "erasure-" + UUID.randomUUID();
        WebhookTest.subscribe(partner, path);
        String body = Fixtures.sweden(PERSON, SWEDEN_CONSENTS, true);
        String id = Fixtures.created(partner, body.substring(0, body.length() - 1) + ",\"vulnerability\":"
                + VULNERABILITY + "}");
        UUID referralId = UUID.fromString(id);
        post(COORDINATOR, id + "/coordinator-approval").statusCode(200);
        post(IOM_HELSINKI, id + "/acceptance").statusCode(200);
        post(IOM_HELSINKI, id + "/signed-application",
                APPLICATION.formatted(LocalDate.now(ZoneOffset.UTC), FILE_NAME, SHA256)).statusCode(201);
        String statement = DocumentFiles.add(IOM_HELSINKI, "/api/v1/referrals/" + id, "PHYSICIAN_STATEMENT",
                DocumentFiles.pdf("erasure")).statusCode(201).extract().path("id");
        post(COORDINATOR, id + "/consent-withdrawal",
                "{\"purposes\":[\"SHARE_WITH_COORDINATOR\"],\"language\":\"ig\",\"interpreterUsed\":true}")
                .statusCode(200);
        post(partner, id + "/consents", "{\"purpose\":\"SHARE_WITH_COORDINATOR\",\"language\":\"ig\","
                + "\"interpreterUsed\":true,\"signedFormReference\":\"" + FORM_REFERENCE + "\"}").statusCode(201);

        // The case opened from it, the returnee's words shared with the partner, a correction of the child.
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
                        new PersonRectified.Person(CHILD, FAMILY_NAME, LocalDate.parse("2016-02-03"), null, null,
                                HouseholdRelation.CHILD, List.of()),
                        new PersonRectified.Person(CHILD + "a", FAMILY_NAME, LocalDate.parse("2016-02-03"), null,
                                null, HouseholdRelation.CHILD, List.of()),
                        RECTIFICATION_REASON)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(partner, id + "/timeline")
                .body("entries.code", hasItem("CASE_OPENED")).body("entries.text", hasItem(WORDS)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(IOM_HELSINKI, id).statusCode(200)
                .body("person.household[0].givenName", equalTo(CHILD + "a")));
        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookReceiver.received(path).stream()
                .anyMatch(r -> WORDS.equals(JsonPath.from(r.body()).getString("entry.text"))));
        // Every event of the referral published: their copies are what the erasure removes.
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("SELECT count(*) FROM outbox_event WHERE record_key "
                + "= ? AND published_at IS NULL", id).equals(List.of("0")));
        List<String> published = rows("SELECT event_id FROM outbox_event WHERE record_key = ?", id);
        assertFalse(published.isEmpty());
        String centre = centreWithFigures();
        String centreFigures = figures(centre);
        String allFigures = figures(null);
        assertTrue(JsonPath.from(centreFigures).getList("centres.centre").contains(centre), centreFigures);
        List<String> auditBefore = rows("SELECT a::text FROM audit_entry a ORDER BY id");
        List<String> inClear = foundInDatabase(List.of(FAMILY_NAME, FORM_REFERENCE, WORDS));
        assertTrue(inClear.contains("referral_consent.signed_form_reference: " + FORM_REFERENCE), inClear.toString());
        assertTrue(inClear.stream().noneMatch(v -> v.startsWith("referral.")), "the names are sealed: " + inClear);
        assertTrue(inClear.contains("webhook_delivery.payload: " + WORDS), inClear.toString());
        List<String> storedBefore = stored(referralId, caseId);
        String history = get(IOM_HELSINKI, id + "/history").statusCode(200).extract().asString();

        // The check: nothing stands in the way, and nothing changes.
        UUID requestId = UUID.randomUUID();
        erasure(ErasureRequested.REQUESTED, requestId, caseId, referralId);
        ConsumerRecord<String, String> checked = answer(requestId, ErasureAnswered.CHECKED);
        assertEquals(id, checked.key(), "keyed by the referral");
        ErasureAnswered check = answered(checked);
        assertEquals(List.of(), check.blockers());
        assertEquals(0, check.erased());
        assertEquals(caseId, check.caseId());
        assertEquals(referralId, check.referralId());
        assertEquals(storedBefore, stored(referralId, caseId), "the check changes nothing");
        get(IOM_HELSINKI, id).body("person.familyName", equalTo(FAMILY_NAME)).body("erasedAt", nullValue());

        // A backup taken now: the person's details and story on the referral, the corrections' reasons sealed with
        // the referral's key, the returnee's words sealed with the case's.
        Map<String, Map<String, String>> backup = new TreeMap<>(Map.of(
                "referral.person_details", DatabaseScan.backup(dataSource, "referral", "id", "person_details",
                        "id = ?::uuid", id),
                "referral.vulnerability", DatabaseScan.backup(dataSource, "referral", "id", "vulnerability",
                        "id = ?::uuid", id),
                "person_rectification.reason", DatabaseScan.backup(dataSource, "person_rectification", "id", "reason",
                        "referral_id = ?::uuid", id),
                "shared_feedback.words", DatabaseScan.backup(dataSource, "shared_feedback", "id", "words",
                        "case_id = ?::uuid", caseId.toString())));
        backup.forEach((column, values) -> {
            assertFalse(values.isEmpty(), column);
            UUID subject = column.startsWith("shared_feedback") ? caseId : referralId;
            assertTrue(values.values().stream().allMatch(v -> v.startsWith("v2:S:" + subject + ":")),
                    column + ": " + values);
        });
        assertEquals(List.of("2"), rows("SELECT count(*) FROM keystore.subject_key WHERE subject IN (?, ?)",
                referralId, caseId), "the referral and the case have their keys");

        // The erasure.
        erasure(ErasureRequested.RELEASED, requestId, caseId, referralId);
        ConsumerRecord<String, String> erasedRecord = answer(requestId, ErasureAnswered.ERASED);
        assertEquals(id, erasedRecord.key());
        ErasureAnswered erased = answered(erasedRecord);
        assertEquals(List.of(), erased.blockers());
        assertTrue(erased.erased() > 0, "records changed: " + erased.erased());
        // The keys of the referral and of its case are destroyed, and recorded as destroyed.
        assertEquals(List.of("0"), rows("SELECT count(*) FROM keystore.subject_key WHERE subject IN (?, ?)",
                referralId, caseId));
        assertEquals(List.of("2"), rows("SELECT count(*) FROM subject_key_destroyed WHERE subject IN (?, ?)",
                referralId, caseId));
        // What the erasure kept — the vulnerability's codes, the attachments' types and sizes, the marker of the
        // words — was rewritten, sealed with the service's key: it reads without the destroyed keys.
        for (String kept : List.of("SELECT vulnerability FROM referral WHERE id = ?",
                "SELECT attachments FROM signed_application WHERE referral_id = ?",
                "SELECT reason FROM person_rectification WHERE referral_id = ?")) {
            assertTrue(rows(kept, referralId).stream().allMatch(v -> v.startsWith("v2:K:")), kept);
        }
        assertTrue(rows("SELECT words FROM shared_feedback WHERE case_id = ?", caseId).stream()
                .allMatch(v -> v.startsWith("v2:K:")), "the words' marker");

        // Words the returnee shared before the erasure that arrive after it are not kept.
        UUID lateFeedback = UUID.randomUUID();
        EventEnvelope late = events.createWithPersonal(FeedbackSharing.SHARED, caseId.toString(),
                new FeedbackSharing(caseId, lateFeedback, List.of(PartnerRecipient.REFERRER),
                        OffsetDateTime.now(ZoneOffset.UTC)),
                new FeedbackWords(LATE_WORDS));
        send(caseId, late);
        await().atMost(Duration.ofSeconds(30)).until(() -> !rows("SELECT consumer FROM inbox_event WHERE event_id = ?",
                late.id()).isEmpty());
        assertEquals(List.of("0"), rows("SELECT count(*) FROM shared_feedback WHERE feedback_id = ?", lateFeedback));

        // Nothing of the person in clear anywhere in the database...
        assertEquals(List.of(), foundInDatabase(VALUES));
        // ...nor in what the API shows staff and the partner (the protected columns decrypted).
        String read = readThroughTheApi(partner, id);
        for (String value : VALUES) {
            assertFalse(read.contains(value), "the API still shows " + value);
        }
        // The protected columns no API shows in full: the corrections' reasons, the words kept per recipient.
        List<String> decrypted = reasonsAndWords(referralId, caseId);
        assertEquals(List.of(ReferralErasure.ERASED, ReferralErasure.ERASED), decrypted);
        get(IOM_HELSINKI, id).statusCode(200).body("erasedAt", notNullValue())
                .body("status", equalTo("ACCEPTED")).body("jurisdiction", equalTo("SE"))
                .body("referringOrg", equalTo(partnerOrg))
                .body("person.givenName", equalTo(ReferralErasure.ERASED))
                .body("person.familyName", equalTo(ReferralErasure.ERASED))
                .body("person.dateOfBirth", nullValue()).body("person.estimatedBirthYear", nullValue())
                .body("person.contact", nullValue()).body("person.identifiers.size()", equalTo(0))
                .body("person.household.size()", equalTo(0)).body("person.languages.size()", equalTo(0))
                .body("person.interpreterNeeded", nullValue())
                .body("person.sex", equalTo("FEMALE")).body("person.nationality", equalTo("NG"))
                .body("person.countryOfReturn", equalTo("NG"))
                .body("vulnerability.categories", equalTo(List.of("VICTIM_OF_TRAFFICKING_ADULT", "MEDICAL_NEEDS")))
                .body("vulnerability.notes", nullValue()).body("vulnerability.referralReason", nullValue())
                .body("vulnerability.traffickingIdentifiedBy", nullValue());
        get(IOM_HELSINKI, id + "/consents").statusCode(200).body("size()", equalTo(4))
                .body("language", everyItem(equalTo("und"))).body("recipientOrg", hasItem(partnerOrg));
        get(IOM_HELSINKI, id + "/signed-application").statusCode(200).body("language", nullValue())
                .body("attachments[0].documentType", equalTo("PASSPORT_COPY"))
                .body("attachments[0].fileName", equalTo(ReferralErasure.ERASED))
                .body("attachments[0].sizeBytes", equalTo(182044)).body("attachments[0].sha256", nullValue());
        assertEquals(history, get(IOM_HELSINKI, id + "/history").statusCode(200).extract().asString(),
                "the steps stay as they were");
        get(partner, id + "/timeline").statusCode(200).body("entries.code", hasItem("CASE_OPENED"))
                .body("entries.text", hasItem(ReferralErasure.ERASED));

        // The yearly figures as they were, the audit trail untouched, the published copies of the events gone.
        assertEquals(centreFigures, figures(centre));
        assertEquals(allFigures, figures(null));
        List<String> auditAfter = rows("SELECT a::text FROM audit_entry a ORDER BY id");
        assertTrue(auditAfter.containsAll(auditBefore), "the audit trail is only added to");
        assertTrue(auditAfter.size() > auditBefore.size(), "the erasure is audited");
        for (String eventId : published) {
            assertEquals(List.of("0"), rows("SELECT count(*) FROM outbox_event WHERE event_id = ?",
                    UUID.fromString(eventId)), "a published copy is removed");
        }

        // The referral's documents are gone; nothing new is added.
        assertEquals(List.of("0"), rows("SELECT count(*) FROM document WHERE owner_id = ?", referralId));
        DocumentFiles.list(IOM_HELSINKI, "/api/v1/referrals/" + id).statusCode(200).body("size()", equalTo(0));
        DocumentFiles.download(IOM_HELSINKI, "/api/v1/referrals/" + id, statement).statusCode(404);
        DocumentFiles.add(IOM_HELSINKI, "/api/v1/referrals/" + id, "OTHER", DocumentFiles.pdf("late"))
                .statusCode(409).body("guard", equalTo("erased"));

        // A new consent would record the person's data again: refused.
        post(partner, id + "/consents", "{\"purpose\":\"FEEDBACK_TO_REFERRER\",\"recipientOrg\":\""
                + Fixtures.COORDINATOR_ORG + "\",\"language\":\"ig\",\"interpreterUsed\":false}").statusCode(409);

        // A correction announced after the erasure puts nothing back: the referral and its corrections stay erased.
        List<String> beforeLateCorrection = stored(referralId, caseId);
        EventEnvelope lateCorrection = events.createWithPersonal(PersonRectified.TYPE, caseId.toString(),
                new PersonRectified(caseId, referralId, UUID.randomUUID(), false, "caseworker-subject", "iom-helsinki",
                        OffsetDateTime.now(ZoneOffset.UTC)),
                new PersonRectified.Correction(
                        new PersonRectified.Person(CHILD + "a", FAMILY_NAME, LocalDate.parse("2016-02-03"), null, null,
                                HouseholdRelation.CHILD, List.of()),
                        new PersonRectified.Person(CHILD + "b", FAMILY_NAME, LocalDate.parse("2016-02-03"), null,
                                null, HouseholdRelation.CHILD, List.of()),
                        RECTIFICATION_REASON));
        send(caseId, lateCorrection);
        await().atMost(Duration.ofSeconds(30)).until(() -> !rows("SELECT consumer FROM inbox_event WHERE event_id = ?",
                lateCorrection.id()).isEmpty());
        assertEquals(beforeLateCorrection, stored(referralId, caseId), "a late correction records nothing");

        // A second erasure changes nothing.
        List<String> storedAfter = stored(referralId, caseId);
        UUID again = UUID.randomUUID();
        erasure(ErasureRequested.RELEASED, again, caseId, referralId);
        answer(again, ErasureAnswered.ERASED);
        assertEquals(storedAfter, stored(referralId, caseId), "a second erasure changes nothing");

        // An access request afterwards: the part says erased, and when.
        UUID access = UUID.randomUUID();
        send(caseId, events.create(AccessRequested.TYPE, caseId.toString(),
                new AccessRequested(access, caseId, referralId, OffsetDateTime.now(ZoneOffset.UTC))));
        List<ConsumerRecord<String, String>> parts = EventProbe.await(EventTypes.REFERRAL_TOPIC,
                r -> r.value().contains(AccessPartAssembled.REFERRAL) && r.value().contains(access.toString()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, parts.size());
        JsonNode data = events.requiredPersonal(events.parse(parts.get(0).value()), AccessPartAssembled.Part.class)
                .data();
        assertTrue(data.at("/erased").asBoolean(), data.toString());
        assertNotNull(OffsetDateTime.parse(data.at("/erasedAt").asText()));
        assertEquals(2, data.size(), data.toString());

        // The backup taken before the erasure, restored: what it holds was sealed with the destroyed keys, so it
        // no longer opens and reads as absent — none of the person's details, story, corrections or words come back.
        backup.forEach((column, values) -> {
            String[] tc = column.split("\\.");
            DatabaseScan.restore(dataSource, tc[0], "id", tc[1], values);
        });
        assertEquals(List.of(), foundInDatabase(VALUES));
        String restored = readThroughTheApi(partner, id);
        for (String value : VALUES) {
            assertFalse(restored.contains(value), "a restored backup shows " + value);
        }
        get(IOM_HELSINKI, id).statusCode(200).body("erasedAt", notNullValue())
                .body("person.givenName", equalTo(ReferralErasure.ERASED))
                .body("person.contact", nullValue()).body("person.identifiers.size()", equalTo(0))
                .body("person.household.size()", equalTo(0)).body("person.languages.size()", equalTo(0))
                .body("person.sex", equalTo("FEMALE")).body("person.nationality", equalTo("NG"))
                // The restored vulnerability is the one sealed with the referral's key: nothing of it opens, the
                // notes, the reason and who identified her no more than its codes.
                .body("vulnerability", nullValue());
        get(partner, id + "/timeline").statusCode(200).body("entries.code", hasItem("CASE_OPENED"))
                .body("entries.findAll { it.kind == 'FEEDBACK' }.text", everyItem(nullValue()));
        List<String> reopened = reasonsAndWords(referralId, caseId);
        assertEquals(2, reopened.size());
        for (String text : reopened) {
            assertNull(text, "a restored reason or word opens");
        }
        // The figures and the referral's course stay as they were.
        assertEquals(centreFigures, figures(centre));
        assertEquals(allFigures, figures(null));
        assertEquals(history, get(IOM_HELSINKI, id + "/history").statusCode(200).extract().asString());
        get(IOM_HELSINKI, id + "/signed-application").statusCode(200)
                .body("attachments[0].documentType", equalTo("PASSPORT_COPY"))
                .body("attachments[0].sizeBytes", equalTo(182044));
    }

    @Test
    void aReferralNotHeldHereIsCheckedAndErasedWithNothingToErase() {
        UUID requestId = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();

        erasure(ErasureRequested.REQUESTED, requestId, caseId, referralId);
        ConsumerRecord<String, String> checked = answer(requestId, ErasureAnswered.CHECKED);
        assertEquals(referralId.toString(), checked.key());
        assertEquals(List.of(), answered(checked).blockers());
        assertEquals(0, answered(checked).erased());

        // Nothing of a person is held here: the erasure removes nothing, and the published copy of the check's own
        // answer (ids only) stays, the service's record of the erasure.
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("SELECT count(*) FROM outbox_event WHERE record_key "
                + "= ? AND published_at IS NULL", referralId.toString()).equals(List.of("0")));
        List<String> copies = rows("SELECT event_type FROM outbox_event WHERE record_key = ?", referralId.toString());
        assertEquals(List.of(ErasureAnswered.REFERRAL), copies);
        erasure(ErasureRequested.RELEASED, requestId, caseId, referralId);
        ErasureAnswered erased = answered(answer(requestId, ErasureAnswered.ERASED));
        assertEquals(List.of(), erased.blockers());
        assertEquals(0, erased.erased(), "nothing of a person, and the answers stay");
        assertTrue(rows("SELECT event_type FROM outbox_event WHERE record_key = ? AND published_at IS NOT NULL",
                referralId.toString()).containsAll(copies), "the check's answer stays");
        assertEquals(List.of("0"), rows("SELECT count(*) FROM referral WHERE id = ?", referralId));
    }

    @Test
    void aCaseRegisteredDirectlyIsNotAnsweredHere() {
        // In order on one case: both steps without a referral, then a check for one not held here.
        UUID caseId = UUID.randomUUID();
        UUID direct = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        erasure(ErasureRequested.REQUESTED, direct, caseId, null);
        erasure(ErasureRequested.RELEASED, direct, caseId, null);
        erasure(ErasureRequested.REQUESTED, after, caseId, UUID.randomUUID());

        answer(after, ErasureAnswered.CHECKED);
        assertTrue(EventProbe.await(EventTypes.REFERRAL_TOPIC, r -> r.value().contains(direct.toString()), 1,
                Duration.ofSeconds(2)).isEmpty(), "nothing answers for a case without a referral");
    }

    /** The corrections' reasons and the words kept per recipient, opened: protected columns no API shows in full. */
    private List<String> reasonsAndWords(UUID referralId, UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> texts = new ArrayList<>();
            em.createQuery("SELECT p FROM PersonRectification p WHERE p.referralId = :r", PersonRectification.class)
                    .setParameter("r", referralId).getResultList().forEach(p -> texts.add(p.reason));
            em.createQuery("SELECT f FROM SharedFeedback f WHERE f.caseId = :c", SharedFeedback.class)
                    .setParameter("c", caseId).getResultList().forEach(f -> texts.add(f.words));
            return texts;
        });
    }
}
