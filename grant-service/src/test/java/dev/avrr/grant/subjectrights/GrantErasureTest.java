package dev.avrr.grant.subjectrights;

import static dev.avrr.grant.GrantFixture.CASEWORKER;
import static dev.avrr.grant.GrantFixture.FINANCE;
import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.applicant;
import static dev.avrr.grant.GrantFixture.child;
import static dev.avrr.grant.GrantFixture.entitlementOf;
import static dev.avrr.grant.GrantFixture.money;
import static dev.avrr.grant.GrantFixture.request;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.grant.GrantFixture;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.protection.AtRestCipher;
import dev.avrr.platform.protection.ProtectedColumns;
import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.PostgresTestResource;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.AccessRequested;
import dev.avrr.vocabulary.events.ErasureAnswered;
import dev.avrr.vocabulary.events.ErasureRequested;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A person's erasure reaches grant-service (docs/data-protection.md#erasure): money on its way to the person stands
 * in the way and the check changes nothing; once released, every payee, account, payment reference, reason,
 * physician's statement, plan note, line description, provider and age of the case is gone — from the database, in
 * clear or protected, and from the API — while every balance, ledger entry and report is exactly as before, the audit
 * trail untouched and the published copies of the case's events removed. A second erasure changes nothing more; a
 * later access request is told the people were erased; a case grant-service never held is answered all the same.
 * The keys of the case and of its entitlements are destroyed with it: a backup taken before, restored after, gives
 * none of the people's values back.
 */
@QuarkusTest
class GrantErasureTest {

    /** Every value below carries it: the database must not hold it anywhere after the erasure. */
    private static final String MARK = "Qorvath";
    private static final String PAYEE = "Erasmina Qorvath";
    private static final String ACCOUNT = "QORVATH-ACC-55123";
    private static final String VENDOR = "Qorvath Tailoring Supplies (fictional)";
    private static final String VENDOR_ACCOUNT = "QORVATH-VENDOR-88412";
    private static final String STATEMENT = "Qorvath: a fictional knee injury, needs physiotherapy";
    private static final String CONVERSION_REASON = "Qorvath lives with her aunt (fictional); a course instead";
    private static final String PLAN_NOTES = "Qorvath wants to open a tailoring shop in Adama (fictional)";
    private static final String RETURN_REASON = "Qorvath: name the school that gives the course (fictional)";
    private static final String LINE = "Qorvath's three-month tailoring course";
    private static final String PROVIDER = "Qorvath Yrkesskole (fictional)";
    private static final String PROVIDER_REFERENCE = "QORVATH-REG-77310";
    private static final String REJECTION = "Qorvath: no receipt from the supplier (fictional)";
    private static final String CANCELLATION = "Qorvath's family paid the supplier (fictional)";
    private static final String SECOND_CANCELLATION = "Qorvath chose another course (fictional)";
    private static final String REVERSAL = "Qorvath: the bank returned the transfer (fictional)";
    private static final String PAYMENT_REFERENCE = "QORVATH-PAY-31337";
    private static final String VENDOR_PAYMENT_REFERENCE = "QORVATH-PAY-42424";
    private static final List<String> PERSONAL = List.of(MARK, PAYEE, ACCOUNT, VENDOR, VENDOR_ACCOUNT, STATEMENT,
            CONVERSION_REASON, PLAN_NOTES, RETURN_REASON, LINE, PROVIDER, PROVIDER_REFERENCE, REJECTION, CANCELLATION,
            SECOND_CANCELLATION, REVERSAL, PAYMENT_REFERENCE, VENDOR_PAYMENT_REFERENCE);

    @Inject
    GrantFixture grants;

    @Inject
    Events events;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AtRestCipher cipher;

    @Test
    void unpaidMoneyStandsInTheWayThenEverythingOnThePeopleGoesAndEveryFigureStays() throws Exception {
        Traveller person = applicant(34);
        Traveller daughter = child(9);
        UUID caseId = grants.approve(Programme.VICTIMS_OF_TRAFFICKING, true, 2, person, daughter);
        UUID referralId = UUID.randomUUID();
        String entitlement = entitlementOf(caseId, person.memberId());
        String childEntitlement = entitlementOf(caseId, daughter.memberId());

        given().auth().oauth2(MISSION).contentType("application/json").body("""
                {"category":"MEDICAL_AID","type":"PHYSICIAN_STATEMENT","issuedOn":"%s","description":"%s"}"""
                .formatted(LocalDate.now(ZoneOffset.UTC), STATEMENT))
                .post("/api/v1/entitlements/" + entitlement + "/evidence").then().statusCode(201);
        given().auth().oauth2(MISSION).contentType("application/json").body("""
                {"from":"ACCOMMODATION","to":"EDUCATION_BUSINESS_EMPLOYMENT","amount":%s,"reason":"%s"}"""
                .formatted(money("1000.00"), CONVERSION_REASON))
                .post("/api/v1/entitlements/" + entitlement + "/conversions").then().statusCode(201);
        String planId = plan(entitlement);
        String line = given().auth().oauth2(MISSION).get("/api/v1/plans/" + planId).then().statusCode(200).extract()
                .path("lines[0].id");

        // Cash to the person, approved; in kind to the school: rejected, cancelled, paid and reversed, requested.
        String cash = request(MISSION, entitlement, """
                {"category":"SUBSISTENCE","payee":{"type":"RETURNEE","name":"%s","account":"%s"},"amount":%s}"""
                .formatted(PAYEE, ACCOUNT, money("3000.00"))).statusCode(201).extract().path("id");
        command(FINANCE, cash, "approval", null);
        String rejected = inKind(entitlement, line, "1000.00");
        command(FINANCE, rejected, "rejection", reason(REJECTION));
        String cancelled = inKind(entitlement, line, "2000.00");
        command(FINANCE, cancelled, "approval", null);
        command(MISSION, cancelled, "cancellation", reason(CANCELLATION));
        String reversed = inKind(entitlement, line, "1500.00");
        command(FINANCE, reversed, "approval", null);
        command(FINANCE, reversed, "payment", payment("18750.00", "1500.00", VENDOR_PAYMENT_REFERENCE));
        command(FINANCE, reversed, "reversal", reason(REVERSAL));
        String requested = inKind(entitlement, line, "500.00");

        // CHECK: approved and requested money not paid stands in the way, until it is paid or cancelled.
        assertEquals(List.of(ErasureAnswered.UNPAID_APPROVED_MONEY),
                check(caseId, referralId).blockers(), "approved, not paid");
        command(MISSION, cash, "payment", payment("37500.00", "3000.00", PAYMENT_REFERENCE));
        assertEquals(List.of(ErasureAnswered.UNPAID_APPROVED_MONEY),
                check(caseId, referralId).blockers(), "requested, not paid");
        command(MISSION, requested, "cancellation", reason(SECOND_CANCELLATION));

        List<String> records = rows(caseId);
        Map<String, String> figures = figures(caseId, List.of(entitlement, childEntitlement));
        ErasureAnswered checked = check(caseId, referralId);
        assertEquals(List.of(), checked.blockers(), "everything paid or cancelled");
        assertEquals(0, checked.erased());
        assertEquals(records, rows(caseId), "a check changes nothing");
        assertTrue(personalValuesHeld().contains(PAYEE), "the scan sees a protected value: " + personalValuesHeld());
        assertEquals(List.of(34, 9), ages(caseId));

        // What is there before the release: the figures, the audit trail, the published copies of the case's events.
        awaitPublished(caseId);
        assertTrue(published(caseId).contains("avrr.grant.allocated.v1"), "published: " + published(caseId));
        // The copies of the case's events go; the service's own answers to the erasure (ids only) stay.
        int copies = (int) published(caseId).stream().filter(type -> !type.equals(ErasureAnswered.GRANT)).count();
        long lastAudit = lastAuditEntry();
        List<String> audit = auditTrail(lastAudit);
        // A backup taken now: what the people's columns hold, sealed with the keys of the case's entitlements.
        List<UUID> subjects = List.of(caseId, UUID.fromString(entitlement), UUID.fromString(childEntitlement));
        Map<String, Map<String, String>> backup = backup(caseId);
        backup.forEach((column, values) -> {
            assertFalse(values.isEmpty(), column);
            assertTrue(values.values().stream().allMatch(v -> v.startsWith("v2:S:" + entitlement + ":")),
                    column + ": " + values);
        });

        // ERASE.
        ErasureAnswered erased = release(caseId, referralId);
        assertEquals(ErasureAnswered.ERASED, erased.stage());
        assertEquals(12 + copies, erased.erased(), "five disbursements, a statement, a conversion, a plan and its line, "
                + "two ages, the case marked; and the published copies of its events");
        assertEquals(List.of(), erased.blockers());

        assertEquals(List.of(), personalValuesHeld(), "nothing of the people in the database, in clear or protected");
        assertEquals(figures, figures(caseId, List.of(entitlement, childEntitlement)),
                "balances, ledger and reports as before");
        assertEquals(audit, auditTrail(lastAudit), "the audit trail untouched");
        assertTrue(published(caseId).stream().allMatch(ErasureAnswered.GRANT::equals),
                "no published copy of the case's events but the answers: " + published(caseId));
        // The retraction of the case's event key goes out with the erasure: the broker's copies no longer open.
        assertEquals(List.of("avrr.grant.keys"), DatabaseScan.rows(dataSource, "SELECT topic FROM outbox_event WHERE "
                + "record_key = ? AND payload IS NULL", caseId.toString()));
        assertEquals(2, ages(caseId).size());
        assertTrue(ages(caseId).stream().allMatch(Objects::isNull), "the ages gone: " + ages(caseId));
        // The keys of the case and of its entitlements are destroyed; what erasure rewrote is sealed with the
        // service's key, so no value sealed with theirs is left.
        String erasedSubjects = "subject IN (?::uuid, ?::uuid, ?::uuid)";
        Object[] subjectIds = subjects.stream().map(UUID::toString).toArray();
        assertEquals(List.of("0"), DatabaseScan.rows(dataSource, "SELECT count(*) FROM keystore.subject_key WHERE "
                + erasedSubjects, subjectIds));
        assertEquals(List.of("3"), DatabaseScan.rows(dataSource, "SELECT count(*) FROM subject_key_destroyed WHERE "
                + erasedSubjects, subjectIds));
        assertEquals(List.of(), DatabaseScan.valuesInClear(dataSource,
                subjects.stream().map(s -> "v2:S:" + s + ":").toList()), "nothing sealed with the destroyed keys");

        // The staff who handle the records see them erased; the money and the steps stay.
        for (String d : List.of(cash, rejected, cancelled, reversed, requested)) {
            JsonPath read = given().auth().oauth2(FINANCE).get("/api/v1/disbursements/" + d).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(GrantErasure.ERASED, read.getString("payee.name"), d);
            assertNull(read.getString("payee.account"), d);
            assertNull(read.getString("decisionReason"), d);
            assertNull(read.getString("reversalReason"), d);
            assertNull(read.getString("payment.reference"), d);
        }
        JsonPath paid = given().auth().oauth2(FINANCE).get("/api/v1/disbursements/" + cash).then().extract().jsonPath();
        assertEquals("PAID", paid.getString("status"));
        assertEquals("RETURNEE", paid.getString("payee.type"));
        assertEquals("3000.00", paid.getString("payment.nokEquivalent.amount"));
        assertEquals("37500.00", paid.getString("payment.localAmount.amount"));
        JsonPath plan = given().auth().oauth2(MISSION).get("/api/v1/plans/" + planId).then().statusCode(200).extract()
                .jsonPath();
        assertEquals("APPROVED", plan.getString("status"));
        assertNull(plan.getString("notes"));
        assertNull(plan.getString("returnReason"));
        assertEquals("COURSE_FEES", plan.getString("lines[0].activity"));
        assertEquals("6000.00", plan.getString("lines[0].amount.amount"));
        assertNull(plan.getString("lines[0].description"));
        assertEquals(GrantErasure.ERASED, plan.getString("lines[0].provider.name"));
        assertNull(plan.getString("lines[0].provider.reference"));
        JsonPath evidence = given().auth().oauth2(MISSION).get("/api/v1/entitlements/" + entitlement + "/evidence")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(GrantErasure.ERASED, evidence.getString("[0].description"));
        assertEquals("MEDICAL_AID", evidence.getString("[0].category"));
        JsonPath conversions = given().auth().oauth2(MISSION).get("/api/v1/entitlements/" + entitlement
                + "/conversions").then().statusCode(200).extract().jsonPath();
        assertEquals(GrantErasure.ERASED, conversions.getString("[0].reason"));
        assertEquals("1000.00", conversions.getString("[0].amount.amount"));

        // A second erasure changes nothing more: at most the published answers to the first go.
        awaitPublished(caseId);
        int answersPublished = published(caseId).size();
        records = rows(caseId);
        ErasureAnswered again = release(caseId, referralId);
        assertEquals(0, again.erased(), "nothing more, and the answers stay");
        assertTrue(published(caseId).size() >= answersPublished, "the published answers stay");
        assertEquals(records, rows(caseId), "a second erasure changes nothing");
        assertEquals(figures, figures(caseId, List.of(entitlement, childEntitlement)));
        assertEquals(audit, auditTrail(lastAudit));

        // An access request after the erasure is told so, with who read the records before.
        ConsumerRecord<String, String> record = requestAccess(caseId);
        PERSONAL.forEach(v -> assertFalse(record.value().contains(v), v));
        AccessPartAssembled.Part part = events.requiredPersonal(events.parse(record.value()),
                AccessPartAssembled.Part.class);
        assertTrue(part.data().path("erased").asBoolean(), part.data().toString());
        assertNotNull(OffsetDateTime.parse(part.data().path("erasedAt").asText()));
        assertEquals(2, part.data().size(), "nothing but that: " + part.data());
        assertEquals(8, part.holdings().size());
        part.holdings().forEach(h -> assertNull(h.since(), h.category()));
        assertTrue(part.accessLog().stream().anyMatch(e -> "read".equals(e.action())
                && "disbursement".equals(e.resource()) && "iom-finance".equals(e.org())), "who read them before");

        // Nothing new is recorded about the erased people: no plan, no payment, no conversion (409, naming why).
        given().auth().oauth2(MISSION).contentType("application/json").body("""
                {"notes":"A fictional new plan","lines":[{"category":"EDUCATION_BUSINESS_EMPLOYMENT",
                 "activity":"COURSE_FEES","description":"Fees","provider":{"name":"School","reference":"R-1"},
                 "amount":%s}]}""".formatted(money("100.00"))).post("/api/v1/entitlements/" + entitlement + "/plans")
                .then().statusCode(409).body("guard", equalTo("erased"));
        given().auth().oauth2(MISSION).contentType("application/json").body("""
                {"from":"ACCOMMODATION","to":"EDUCATION_BUSINESS_EMPLOYMENT","amount":%s,"reason":"A fictional one"}"""
                .formatted(money("10.00"))).post("/api/v1/entitlements/" + entitlement + "/conversions").then()
                .statusCode(409).body("guard", equalTo("erased"));
        given().auth().oauth2(MISSION).get("/api/v1/plans/" + planId).then().statusCode(200);

        // The backup taken before the erasure, restored: sealed with destroyed keys, none of its values opens again,
        // and each reads as absent. The balances, ledgers and reports stay as they were.
        backup.forEach((column, values) -> {
            String[] tc = column.split("\\.");
            DatabaseScan.restore(dataSource, tc[0], "id", tc[1], values);
        });
        assertEquals(backup, backup(caseId), "the backup is back in its rows");
        assertEquals(List.of(), personalValuesHeld(), "nothing of the people opens, the backup restored");
        for (String d : List.of(cash, rejected, cancelled, reversed, requested)) {
            JsonPath read = given().auth().oauth2(FINANCE).get("/api/v1/disbursements/" + d).then().statusCode(200)
                    .extract().jsonPath();
            assertNull(read.getString("payee.name"), d);
            assertNull(read.getString("payee.account"), d);
            assertNull(read.getString("decisionReason"), d);
            assertNull(read.getString("reversalReason"), d);
            assertNull(read.getString("payment.reference"), d);
        }
        JsonPath restoredPayment = given().auth().oauth2(FINANCE).get("/api/v1/disbursements/" + cash).then()
                .statusCode(200).extract().jsonPath();
        assertEquals("PAID", restoredPayment.getString("status"));
        assertEquals("RETURNEE", restoredPayment.getString("payee.type"));
        assertEquals("3000.00", restoredPayment.getString("payment.nokEquivalent.amount"));
        JsonPath restoredPlan = given().auth().oauth2(MISSION).get("/api/v1/plans/" + planId).then().statusCode(200)
                .extract().jsonPath();
        assertNull(restoredPlan.getString("notes"));
        assertNull(restoredPlan.getString("returnReason"));
        assertNull(restoredPlan.getString("lines[0].description"));
        assertNull(restoredPlan.get("lines[0].provider"));
        assertEquals("6000.00", restoredPlan.getString("lines[0].amount.amount"));
        assertNull(given().auth().oauth2(MISSION).get("/api/v1/entitlements/" + entitlement + "/evidence").then()
                .statusCode(200).extract().path("[0].description"));
        assertNull(given().auth().oauth2(MISSION).get("/api/v1/entitlements/" + entitlement + "/conversions").then()
                .statusCode(200).extract().path("[0].reason"));
        assertEquals(figures, figures(caseId, List.of(entitlement, childEntitlement)),
                "balances, ledger and reports as before, the backup restored");
    }

    @Test
    void aCaseGrantServiceNeverHeldIsCheckedWithoutBlockersAndErasedWithNothing() throws Exception {
        UUID checkedOnly = UUID.randomUUID();
        ErasureAnswered checked = check(checkedOnly, null);
        assertEquals(List.of(), checked.blockers());
        assertEquals(0, checked.erased());

        // Registered directly: no referral id.
        UUID unknown = UUID.randomUUID();
        ErasureAnswered erased = release(unknown, null);
        assertEquals(ErasureAnswered.ERASED, erased.stage());
        assertNull(erased.referralId());
        assertEquals(0, erased.erased());
        try (Connection c = PostgresTestResource.asOwner(dataSource);
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM grant_case WHERE case_id = ?")) {
            ps.setObject(1, unknown);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "an erasure makes no case known");
            }
        }
    }

    // --- the steps, as case-service sends them, and grant-service's answers

    private ErasureAnswered check(UUID caseId, UUID referralId) {
        return step(ErasureRequested.REQUESTED, caseId, referralId, ErasureAnswered.CHECKED);
    }

    private ErasureAnswered release(UUID caseId, UUID referralId) {
        return step(ErasureRequested.RELEASED, caseId, referralId, ErasureAnswered.ERASED);
    }

    private ErasureAnswered step(String type, UUID caseId, UUID referralId, String stage) {
        UUID requestId = UUID.randomUUID();
        EventProbe.send(EventTypes.CASE_TOPIC, caseId.toString(), events.toJson(events.create(type,
                caseId.toString(), new ErasureRequested(requestId, caseId, referralId,
                        OffsetDateTime.now(ZoneOffset.UTC)))));
        List<ConsumerRecord<String, String>> answers = EventProbe.await(EventTypes.GRANT_TOPIC,
                r -> caseId.toString().equals(r.key()) && answers(r.value(), requestId), 1, Duration.ofSeconds(30));
        assertEquals(1, answers.size(), "one answer per step");
        PERSONAL.forEach(v -> assertFalse(answers.get(0).value().contains(v), v));
        ErasureAnswered answer = events.data(events.parse(answers.get(0).value()), ErasureAnswered.class);
        assertEquals(stage, answer.stage());
        assertEquals(caseId, answer.caseId());
        return answer;
    }

    private boolean answers(String value, UUID requestId) {
        EventEnvelope event = events.parse(value);
        return ErasureAnswered.GRANT.equals(event.type())
                && requestId.equals(events.data(event, ErasureAnswered.class).requestId());
    }

    private ConsumerRecord<String, String> requestAccess(UUID caseId) {
        UUID requestId = UUID.randomUUID();
        EventProbe.send(EventTypes.CASE_TOPIC, caseId.toString(), events.toJson(events.create(AccessRequested.TYPE,
                caseId.toString(), new AccessRequested(requestId, caseId, null, OffsetDateTime.now(ZoneOffset.UTC)))));
        List<ConsumerRecord<String, String>> parts = EventProbe.await(EventTypes.GRANT_TOPIC, r -> {
            EventEnvelope event = events.parse(r.value());
            return caseId.toString().equals(r.key()) && AccessPartAssembled.GRANT.equals(event.type())
                    && requestId.equals(events.data(event, AccessPartAssembled.class).requestId());
        }, 1, Duration.ofSeconds(30));
        assertEquals(1, parts.size(), "one part per request");
        return parts.get(0);
    }

    // --- the data, through the API

    /** A plan drafted, returned with a reason, edited, submitted again and approved; its id. */
    private static String plan(String entitlement) {
        String body = """
                {"notes":"%s","lines":[{"category":"EDUCATION_BUSINESS_EMPLOYMENT","activity":"COURSE_FEES",
                 "description":"%s","provider":{"name":"%s","reference":"%s"},"amount":%s}]}""";
        String planId = given().auth().oauth2(MISSION).contentType("application/json")
                .body(body.formatted(PLAN_NOTES, LINE, PROVIDER, PROVIDER_REFERENCE, money("5000.00")))
                .post("/api/v1/entitlements/" + entitlement + "/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(MISSION).post("/api/v1/plans/" + planId + "/submission").then().statusCode(200);
        String etag = given().auth().oauth2(CASEWORKER).contentType("application/json").body(reason(RETURN_REASON))
                .post("/api/v1/plans/" + planId + "/return").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(MISSION).contentType("application/json").header("If-Match", etag)
                .body(body.formatted(PLAN_NOTES, LINE, PROVIDER, PROVIDER_REFERENCE, money("6000.00")))
                .put("/api/v1/plans/" + planId).then().statusCode(200);
        given().auth().oauth2(MISSION).post("/api/v1/plans/" + planId + "/submission").then().statusCode(200);
        given().auth().oauth2(CASEWORKER).post("/api/v1/plans/" + planId + "/approval").then().statusCode(200);
        return planId;
    }

    /** An in-kind payment to the school on the plan's line, requested by the mission; its id. */
    private static String inKind(String entitlement, String line, String amount) {
        return request(MISSION, entitlement, """
                {"category":"EDUCATION_BUSINESS_EMPLOYMENT","planLineId":"%s",
                 "payee":{"type":"VENDOR","name":"%s","account":"%s"},"amount":%s}"""
                .formatted(line, VENDOR, VENDOR_ACCOUNT, money(amount))).statusCode(201).extract().path("id");
    }

    private static void command(String token, String disbursement, String command, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        request.post("/api/v1/disbursements/" + disbursement + "/" + command).then().statusCode(200);
    }

    private static String reason(String reason) {
        return "{\"reason\":\"" + reason + "\"}";
    }

    private static String payment(String birr, String nok, String reference) {
        return """
                {"paidOn":"%s","localAmount":{"amount":"%s","currency":"ETB"},"exchangeRate":"0.08",
                 "nokEquivalent":%s,"reference":"%s"}""".formatted(LocalDate.now(ZoneOffset.UTC), birr, money(nok),
                reference);
    }

    /** The case's and the programme's reports, each entitlement and its ledger, as finance reads them. */
    private static Map<String, String> figures(UUID caseId, List<String> entitlements) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("case report", given().auth().oauth2(FINANCE).get("/api/v1/reports/cases/" + caseId).then()
                .statusCode(200).extract().asString());
        figures.put("programme report", given().auth().oauth2(FINANCE).queryParam("period",
                String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear()))
                .get("/api/v1/reports/programmes/VICTIMS_OF_TRAFFICKING").then().statusCode(200).extract().asString());
        figures.put("entitlements", given().auth().oauth2(FINANCE).get("/api/v1/cases/" + caseId + "/entitlements")
                .then().statusCode(200).extract().asString());
        for (String e : entitlements) {
            figures.put(e, given().auth().oauth2(FINANCE).get("/api/v1/entitlements/" + e).then().statusCode(200)
                    .extract().asString());
            figures.put(e + " ledger", given().auth().oauth2(FINANCE).get("/api/v1/entitlements/" + e + "/ledger?size=100")
                    .then().statusCode(200).extract().asString());
        }
        return figures;
    }

    // --- the database, read as its owner

    /**
     * The stored values of the people's protected columns in the case's rows, by {@code table.column}: what a backup
     * taken now would hold of them.
     */
    private Map<String, Map<String, String>> backup(UUID caseId) {
        String ofCase = "entitlement_id IN (SELECT id FROM entitlement WHERE case_id = ?::uuid)";
        String ofPlans = "plan_id IN (SELECT id FROM reintegration_plan WHERE " + ofCase + ")";
        Map<String, Map<String, String>> backup = new TreeMap<>();
        for (String column : List.of("payee_name", "payee_account", "payment_reference", "decision_reason",
                "reversal_reason")) {
            backup.put("disbursement." + column, DatabaseScan.backup(dataSource, "disbursement", "id", column, ofCase,
                    caseId.toString()));
        }
        for (String column : List.of("notes", "return_reason")) {
            backup.put("reintegration_plan." + column, DatabaseScan.backup(dataSource, "reintegration_plan", "id",
                    column, ofCase, caseId.toString()));
        }
        for (String column : List.of("description", "provider")) {
            backup.put("plan_line." + column, DatabaseScan.backup(dataSource, "plan_line", "id", column, ofPlans,
                    caseId.toString()));
        }
        backup.put("evidence.description", DatabaseScan.backup(dataSource, "evidence", "id", "description", ofCase,
                caseId.toString()));
        backup.put("conversion.reason", DatabaseScan.backup(dataSource, "conversion", "id", "reason", ofCase,
                caseId.toString()));
        return backup;
    }

    /**
     * Every text, character and JSON value of every table, in clear and — where it is a protected value — opened
     * as the service reads it, with its place (table, column and row): the fictional values among them.
     */
    private List<String> personalValuesHeld() throws SQLException {
        List<String> found = new ArrayList<>();
        Set<String> places = new HashSet<>();
        try (Connection c = PostgresTestResource.asOwner(dataSource)) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name FROM "
                    + "information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', "
                    + "'character varying', 'character', 'json', 'jsonb') ORDER BY table_name, column_name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] { rs.getString(1), rs.getString(2) });
                }
            }
            Map<String, List<String>> keys = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT k.table_name, k.column_name FROM "
                    + "information_schema.table_constraints t JOIN information_schema.key_column_usage k ON "
                    + "k.constraint_schema = t.constraint_schema AND k.constraint_name = t.constraint_name WHERE "
                    + "t.table_schema = 'public' AND t.constraint_type = 'PRIMARY KEY' ORDER BY k.table_name, "
                    + "k.ordinal_position"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add("\"" + rs.getString(2) + "\"");
                }
            }
            for (String[] column : columns) {
                // The row as the service names it in a value's place: its id columns, joined by ':'.
                String row = keys.containsKey(column[0]) ? String.join(" || ':' || ", keys.get(column[0])) : "NULL";
                String place = ProtectedColumns.place(column[0], column[1]);
                places.add(place);
                String sql = "SELECT \"%s\"::text, (%s)::text FROM \"%s\" WHERE \"%s\" IS NOT NULL".formatted(column[1],
                        row, column[0], column[1]);
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String stored = rs.getString(1);
                        String opened = rs.getString(2) == null ? null : open(place + "|" + rs.getString(2) + "|"
                                + stored);
                        for (String value : PERSONAL) {
                            if (stored.contains(value) || opened != null && opened.contains(value)) {
                                found.add(value);
                            }
                        }
                    }
                }
            }
        }
        ProtectedColumns.places().forEach((entity, protectedPlaces) -> assertTrue(places.containsAll(protectedPlaces),
                "the scan opens every protected column of " + entity));
        return found.stream().distinct().toList();
    }

    /** A protected value as the service reads it ({@code place|row|stored}), opened; null if it does not open. */
    private String open(String read) {
        try {
            return cipher.reveal(read);
        } catch (RuntimeException notProtected) {
            return null;
        }
    }

    /** Every row of the case's records, as stored (a protected value rewritten would differ). */
    private List<String> rows(UUID caseId) throws SQLException {
        String entitlements = "SELECT id FROM entitlement WHERE case_id = ?";
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("grant_case", "case_id = ?");
        scopes.put("entitlement", "case_id = ?");
        for (String table : List.of("entitlement_category", "ledger_entry", "conversion", "evidence",
                "reintegration_plan", "disbursement")) {
            scopes.put(table, "entitlement_id IN (" + entitlements + ")");
        }
        scopes.put("plan_line", "plan_id IN (SELECT id FROM reintegration_plan WHERE entitlement_id IN ("
                + entitlements + "))");
        List<String> rows = new ArrayList<>();
        try (Connection c = PostgresTestResource.asOwner(dataSource)) {
            for (Map.Entry<String, String> scope : scopes.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT row_to_json(t)::text FROM " + scope.getKey()
                        + " t WHERE " + scope.getValue() + " ORDER BY 1")) {
                    ps.setObject(1, caseId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(scope.getKey() + " " + rs.getString(1));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private List<Integer> ages(UUID caseId) throws SQLException {
        List<Integer> ages = new ArrayList<>();
        try (Connection c = PostgresTestResource.asOwner(dataSource); PreparedStatement ps = c.prepareStatement(
                "SELECT age_at_allocation FROM entitlement WHERE case_id = ? ORDER BY minor, relation")) {
            ps.setObject(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ages.add((Integer) rs.getObject(1));
                }
            }
        }
        return ages;
    }

    private long lastAuditEntry() throws SQLException {
        try (Connection c = PostgresTestResource.asOwner(dataSource);
                PreparedStatement ps = c.prepareStatement("SELECT max(id) FROM audit_entry");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> auditTrail(long upTo) throws SQLException {
        List<String> entries = new ArrayList<>();
        try (Connection c = PostgresTestResource.asOwner(dataSource); PreparedStatement ps = c.prepareStatement(
                "SELECT row_to_json(a)::text FROM audit_entry a WHERE id <= ? ORDER BY id")) {
            ps.setLong(1, upTo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(rs.getString(1));
                }
            }
        }
        return entries;
    }

    /** The types of the published outbox rows keyed by the case, but the retraction of its event key (no value). */
    private List<String> published(UUID caseId) throws SQLException {
        List<String> types = new ArrayList<>();
        try (Connection c = PostgresTestResource.asOwner(dataSource); PreparedStatement ps = c.prepareStatement(
                "SELECT event_type FROM outbox_event WHERE record_key = ? AND published_at IS NOT NULL AND payload IS NOT "
                        + "NULL ORDER BY position")) {
            ps.setString(1, caseId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
        }
        return types;
    }

    /** Waits until every outbox row keyed by the case is published. */
    private void awaitPublished(UUID caseId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            try (Connection c = PostgresTestResource.asOwner(dataSource); PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM outbox_event WHERE record_key = ? AND published_at IS NULL")) {
                ps.setString(1, caseId.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) == 0;
                }
            }
        });
    }
}
