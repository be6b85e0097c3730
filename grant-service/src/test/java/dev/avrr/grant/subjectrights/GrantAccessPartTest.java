package dev.avrr.grant.subjectrights;

import static dev.avrr.grant.GrantFixture.CASEWORKER;
import static dev.avrr.grant.GrantFixture.FINANCE;
import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.applicant;
import static dev.avrr.grant.GrantFixture.entitlementOf;
import static dev.avrr.grant.GrantFixture.money;
import static dev.avrr.grant.GrantFixture.paymentBody;
import static dev.avrr.grant.GrantFixture.request;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.avrr.grant.GrantFixture;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.AccessRequested;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A person's access request reaches grant-service, which answers with its part, sealed: everything it holds on the
 * case's person (the case, the entitlement and its ledger, a conversion, a physician's statement, a plan drafted,
 * returned and approved, a payment with its payee), each class of data with since when, and who read it.
 */
@QuarkusTest
class GrantAccessPartTest {

    private static final String STATEMENT = "Needs physiotherapy for a fictional knee injury";
    private static final String CONVERSION_REASON = "Lives with her aunt (fictional); needs a course instead";
    private static final String PLAN_NOTES = "Wants to open a tailoring shop in Adama (fictional)";
    private static final String RETURN_REASON = "Name the school that gives the course (fictional)";
    private static final String PAYEE = "Testa Fiktivsen";
    private static final String ACCOUNT = "FIKTIV-ACC-20931";

    @Inject
    GrantFixture grants;

    @Inject
    Events events;

    @Test
    void thePartHoldsEverythingOnThePersonSealedWithWhoReadIt() {
        Traveller person = applicant(34);
        UUID caseId = grants.approve(Programme.VICTIMS_OF_TRAFFICKING, true, 1, person);
        String entitlement = entitlementOf(caseId, person.memberId());

        given().auth().oauth2(MISSION).contentType("application/json").body("""
                {"category":"MEDICAL_AID","type":"PHYSICIAN_STATEMENT","issuedOn":"%s","description":"%s"}"""
                .formatted(LocalDate.now(ZoneOffset.UTC), STATEMENT))
                .post("/api/v1/entitlements/" + entitlement + "/evidence").then().statusCode(201);
        given().auth().oauth2(MISSION).contentType("application/json").body("""
                {"from":"ACCOMMODATION","to":"EDUCATION_BUSINESS_EMPLOYMENT","amount":%s,"reason":"%s"}"""
                .formatted(money("1000.00"), CONVERSION_REASON))
                .post("/api/v1/entitlements/" + entitlement + "/conversions").then().statusCode(201);
        String planId = plan(entitlement);
        String payment = request(MISSION, entitlement, """
                {"category":"SUBSISTENCE","payee":{"type":"RETURNEE","name":"%s","account":"%s"},"amount":%s}"""
                .formatted(PAYEE, ACCOUNT, money("3000.00"))).statusCode(201).extract().path("id");
        given().auth().oauth2(FINANCE).post("/api/v1/disbursements/" + payment + "/approval").then().statusCode(200);
        given().auth().oauth2(MISSION).contentType("application/json").body(paymentBody("37500.00", "0.08", "3000.00"))
                .post("/api/v1/disbursements/" + payment + "/payment").then().statusCode(200);

        // Reads the access log must show: the office's caseworker and finance.
        given().auth().oauth2(CASEWORKER).get("/api/v1/cases/" + caseId + "/entitlements").then().statusCode(200);
        given().auth().oauth2(CASEWORKER).get("/api/v1/reports/cases/" + caseId).then().statusCode(200);
        given().auth().oauth2(CASEWORKER).get("/api/v1/entitlements/" + entitlement + "/conversions").then()
                .statusCode(200);
        given().auth().oauth2(CASEWORKER).get("/api/v1/plans/" + planId).then().statusCode(200);
        given().auth().oauth2(FINANCE).get("/api/v1/disbursements/" + payment).then().statusCode(200);

        UUID requestId = UUID.randomUUID();
        ConsumerRecord<String, String> record = requestAccess(caseId, requestId);
        EventEnvelope envelope = events.parse(record.value());
        AccessPartAssembled clear = events.data(envelope, AccessPartAssembled.class);
        assertEquals(requestId, clear.requestId());
        assertEquals(caseId, clear.caseId());
        for (String personal : List.of(STATEMENT, CONVERSION_REASON, PLAN_NOTES, RETURN_REASON, PAYEE, ACCOUNT,
                person.memberId().toString(), entitlement, planId, payment)) {
            assertFalse(record.value().contains(personal), "sealed, not in clear: " + personal);
        }

        AccessPartAssembled.Part part = events.requiredPersonal(envelope, AccessPartAssembled.Part.class);
        JsonNode data = part.data();
        assertEquals(caseId.toString(), data.path("grantCase").path("caseId").asText());
        assertEquals(person.memberId().toString(), data.path("entitlements").path(0).path("beneficiaryId").asText());
        assertEquals(entitlement, data.path("entitlements").path(0).path("id").asText());
        assertEquals(entitlement, data.path("ledger").path(0).path("entitlementId").asText());
        assertTrue(data.path("ledger").path(0).path("entries").size() > 0, "the entitlement's ledger");
        assertEquals(CONVERSION_REASON, data.path("conversions").path(0).path("reason").asText());
        assertEquals("1000.00", data.path("conversions").path(0).path("amount").path("amount").asText());
        assertEquals(STATEMENT, data.path("evidence").path(0).path("description").asText());
        JsonNode plan = data.path("plans").path(0);
        assertEquals(planId, plan.path("id").asText());
        assertEquals("APPROVED", plan.path("status").asText());
        assertEquals(PLAN_NOTES, plan.path("notes").asText());
        assertEquals(RETURN_REASON, plan.path("returnReason").asText());
        JsonNode paid = data.path("disbursements").path(0);
        assertEquals(payment, paid.path("id").asText());
        assertEquals("PAID", paid.path("status").asText());
        assertEquals(PAYEE, paid.path("payee").path("name").asText());
        assertEquals(ACCOUNT, paid.path("payee").path("account").asText());
        assertEquals("3000.00", paid.path("payment").path("nokEquivalent").path("amount").asText());

        assertEquals(Set.of("grant case", "reintegration grant entitlements", "grant ledger",
                "conversions between grant categories", "physician's statements", "reintegration plans",
                "disbursements and payments", "payees and their accounts"),
                part.holdings().stream().map(AccessPartAssembled.Holding::category).collect(Collectors.toSet()));
        for (AccessPartAssembled.Holding h : part.holdings()) {
            assertNotNull(h.since(), "held since: " + h.category());
            assertFalse(h.recipients().isEmpty(), "seen by: " + h.category());
        }
        assertEquals(List.of("IOM mission in the country of return", "IOM finance"), part.holdings().stream()
                .filter(h -> h.category().equals("payees and their accounts")).findFirst().orElseThrow().recipients());

        assertLogged(part, "iom-oslo", "caseworker", "read", "entitlement");
        assertLogged(part, "iom-oslo", "caseworker", "read", "grant-case");
        assertLogged(part, "iom-oslo", "caseworker", "read", "conversion");
        assertLogged(part, "iom-oslo", "caseworker", "read", "reintegration-plan");
        assertLogged(part, "iom-oslo", "caseworker", "update", "reintegration-plan");
        assertLogged(part, "iom-finance", "finance", "read", "disbursement");
        assertLogged(part, "iom-finance", "finance", "update", "disbursement");
        assertLogged(part, "iom-mission-et", "mission", "create", "disbursement");
        assertLogged(part, "iom-mission-et", "mission", "create", "reintegration-plan");
    }

    @Test
    void aCaseGrantServiceDoesNotKnowGetsAPartThatHoldsNothing() {
        UUID caseId = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        ConsumerRecord<String, String> record = requestAccess(caseId, requestId);

        AccessPartAssembled.Part part = events.requiredPersonal(events.parse(record.value()),
                AccessPartAssembled.Part.class);
        assertTrue(part.data().isObject(), "an object");
        assertEquals(0, part.data().size(), "no data");
        assertEquals(8, part.holdings().size(), "every class, held since never");
        part.holdings().forEach(h -> assertNull(h.since(), h.category()));
        assertEquals(List.of(), part.accessLog());
    }

    /** Sends case-service's access request for the case and waits for grant-service's part. */
    private ConsumerRecord<String, String> requestAccess(UUID caseId, UUID requestId) {
        EventProbe.send(EventTypes.CASE_TOPIC, caseId.toString(), events.toJson(events.create(AccessRequested.TYPE,
                caseId.toString(), new AccessRequested(requestId, caseId, null, OffsetDateTime.now(ZoneOffset.UTC)))));
        List<ConsumerRecord<String, String>> parts = EventProbe.await(EventTypes.GRANT_TOPIC,
                r -> caseId.toString().equals(r.key()) && isPartOf(r.value(), requestId), 1, Duration.ofSeconds(30));
        assertEquals(1, parts.size(), "one part per request");
        return parts.get(0);
    }

    private boolean isPartOf(String value, UUID requestId) {
        EventEnvelope event = events.parse(value);
        return AccessPartAssembled.GRANT.equals(event.type())
                && requestId.equals(events.data(event, AccessPartAssembled.class).requestId());
    }

    /** A plan drafted, returned by the caseworker with a reason, edited, submitted again and approved; its id. */
    private static String plan(String entitlement) {
        String body = """
                {"notes":"%s","lines":[{"category":"EDUCATION_BUSINESS_EMPLOYMENT","activity":"COURSE_FEES",
                 "description":"Three-month tailoring course","provider":{"name":"Fiktiv Yrkesskole"},"amount":%s}]}""";
        String planId = given().auth().oauth2(MISSION).contentType("application/json")
                .body(body.formatted("A first draft", money("5000.00")))
                .post("/api/v1/entitlements/" + entitlement + "/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(MISSION).post("/api/v1/plans/" + planId + "/submission").then().statusCode(200);
        String etag = given().auth().oauth2(CASEWORKER).contentType("application/json")
                .body("{\"reason\":\"" + RETURN_REASON + "\"}").post("/api/v1/plans/" + planId + "/return").then()
                .statusCode(200).extract().header("ETag");
        given().auth().oauth2(MISSION).contentType("application/json").header("If-Match", etag)
                .body(body.formatted(PLAN_NOTES, money("6000.00"))).put("/api/v1/plans/" + planId).then()
                .statusCode(200);
        given().auth().oauth2(MISSION).post("/api/v1/plans/" + planId + "/submission").then().statusCode(200);
        given().auth().oauth2(CASEWORKER).post("/api/v1/plans/" + planId + "/approval").then().statusCode(200);
        return planId;
    }

    private static void assertLogged(AccessPartAssembled.Part part, String org, String role, String action,
            String resource) {
        assertTrue(part.accessLog().stream().anyMatch(e -> org.equals(e.org()) && e.roles() != null
                && List.of(e.roles().split(",")).contains(role) && action.equals(e.action())
                && resource.equals(e.resource()) && "SUCCESS".equals(e.outcome())),
                () -> "logged: " + org + " " + role + " " + action + " " + resource + " in " + part.accessLog());
    }
}
