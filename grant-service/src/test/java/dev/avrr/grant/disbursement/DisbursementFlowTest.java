package dev.avrr.grant.disbursement;

import static dev.avrr.grant.GrantFixture.FINANCE;
import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.approvedLine;
import static dev.avrr.grant.GrantFixture.available;
import static dev.avrr.grant.GrantFixture.disbursementBody;
import static dev.avrr.grant.GrantFixture.figure;
import static dev.avrr.grant.GrantFixture.paymentBody;
import static dev.avrr.grant.GrantFixture.request;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.grant.GrantFixture;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.DisbursementApproved;
import dev.avrr.vocabulary.events.DisbursementPaid;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A payment from request to ledger (docs/grant-service.md, disbursement; docs/domain.md#who-uses-the-system): the mission requests on an approved plan line (the money is
 * reserved), finance approves, the payment is recorded once with the local amount, the rate and the NOK
 * equivalent; rejections, cancellations and reversals return the money through new ledger entries.
 */
@QuarkusTest
class DisbursementFlowTest {

    @Inject
    GrantFixture grants;

    @Inject
    Events events;

    private static String command(String token, String id, String command, String body) {
        var r = given().auth().oauth2(token);
        if (body != null) {
            r = r.contentType("application/json").body(body);
        }
        return r.post("/api/v1/disbursements/" + id + "/" + command).then().extract().asString();
    }

    @Test
    void requestedApprovedAndPaidOnceWithTheLocalAmountTheRateAndTheNokEquivalent() {
        String id = grants.single(Programme.VICTIMS_OF_TRAFFICKING, 26);
        String line = approvedLine(id, "EDUCATION_BUSINESS_EMPLOYMENT", "COURSE_FEES", "6000.00");
        String key = "pay-" + UUID.randomUUID();
        String body = disbursementBody("EDUCATION_BUSINESS_EMPLOYMENT", line, "VENDOR", "6000.00");
        String disbursementId = given().auth().oauth2(MISSION).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post("/api/v1/entitlements/" + id + "/disbursements").then()
                .statusCode(201).header("Idempotent-Replayed", "false").body("status", equalTo("REQUESTED"))
                .body("form", equalTo("IN_KIND")).body("planLineId", equalTo(line))
                .body("payee.name", equalTo("Fiktiv Skole AS")).extract().path("id");
        given().auth().oauth2(MISSION).contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/entitlements/" + id + "/disbursements").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(disbursementId));
        assertEquals(new BigDecimal("19000.00"), available(id, "EDUCATION_BUSINESS_EMPLOYMENT"), "reserved once");
        assertEquals(new BigDecimal("6000.00"), figure(id, "EDUCATION_BUSINESS_EMPLOYMENT", "reserved"));

        given().auth().oauth2(FINANCE).post("/api/v1/disbursements/" + disbursementId + "/approval").then()
                .statusCode(200).body("status", equalTo("APPROVED")).body("decidedBy", notNullValue());
        given().auth().oauth2(MISSION).contentType("application/json").body(paymentBody("75000.00", "0.08", "6000.00"))
                .post("/api/v1/disbursements/" + disbursementId + "/payment").then().statusCode(200)
                .body("status", equalTo("PAID")).body("payment.localAmount.amount", equalTo("75000.00"))
                .body("payment.localAmount.currency", equalTo("ETB")).body("payment.exchangeRate", equalTo("0.08"))
                .body("payment.nokEquivalent.amount", equalTo("6000.00"));
        given().auth().oauth2(MISSION).contentType("application/json").body(paymentBody("75000.00", "0.08", "6000.00"))
                .post("/api/v1/disbursements/" + disbursementId + "/payment").then().statusCode(409)
                .body("state", equalTo("PAID"));

        assertEquals(new BigDecimal("6000.00"), figure(id, "EDUCATION_BUSINESS_EMPLOYMENT", "disbursed"));
        assertEquals(new BigDecimal("0.00"), figure(id, "EDUCATION_BUSINESS_EMPLOYMENT", "reserved"));
        assertEquals(new BigDecimal("19000.00"), available(id, "EDUCATION_BUSINESS_EMPLOYMENT"));
        JsonPath ledger = given().auth().oauth2(FINANCE).get("/api/v1/entitlements/" + id + "/ledger?size=100").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("ALLOCATION", "RESERVATION", "PAYMENT"),
                ledger.getList("items.entryType").stream().distinct().toList());

        var approved = EventProbe.await("avrr.grant",
                r -> r.value().contains(DisbursementApproved.TYPE) && r.value().contains(disbursementId), 1,
                Duration.ofSeconds(20));
        assertEquals("VENDOR", events.personal(events.parse(approved.get(0).value()), DisbursementApproved.Payment.class)
                .orElseThrow().payeeType());
        var paid = EventProbe.await("avrr.grant",
                r -> r.value().contains(DisbursementPaid.TYPE) && r.value().contains(disbursementId), 1,
                Duration.ofSeconds(20));
        assertEquals(1, paid.size(), "paid once");
        DisbursementPaid.Payment data = events.personal(events.parse(paid.get(0).value()), DisbursementPaid.Payment.class)
                .orElseThrow();
        assertEquals(new BigDecimal("6000.00"), data.amount());
        assertEquals(new BigDecimal("75000.00"), data.localAmount());
        assertEquals("ETB", data.localCurrency());
        assertFalse(paid.get(0).value().contains("Fiktiv"), "no payee name in events");
        assertFalse(approved.get(0).value().contains("Fiktiv"), "no payee name in events");
        for (String clear : List.of("EDUCATION_BUSINESS_EMPLOYMENT", "6000.00", "IN_KIND", "VENDOR")) {
            assertFalse(approved.get(0).value().contains(clear) || paid.get(0).value().contains(clear),
                    clear + " in clear on the topic");
        }
    }

    @Test
    void financeNeverApprovesItsOwnRequest() {
        String id = grants.single(Programme.VULNERABLE_GROUPS, 50);
        String both = TestTokens.role(Roles.MISSION, Roles.FINANCE).org("iom-ethiopia").country("ET")
                .subject("both-hats").sign();
        String disbursementId = request(both, id, disbursementBody("SUBSISTENCE", null, "RETURNEE", "1000.00"))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(both).post("/api/v1/disbursements/" + disbursementId + "/approval").then().statusCode(403)
                .body("type", equalTo("urn:avrr:problem:forbidden"));
        given().auth().oauth2(FINANCE).get("/api/v1/disbursements/" + disbursementId).then()
                .body("status", equalTo("REQUESTED"));
        given().auth().oauth2(TestTokens.of(Roles.AUDITOR, "iom-audit")).queryParam("resourceId", disbursementId)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.outcome", org.hamcrest.Matchers.hasItem("REFUSED"));
        given().auth().oauth2(FINANCE).post("/api/v1/disbursements/" + disbursementId + "/approval").then()
                .statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void rejectionAndCancellationReturnTheReservedMoneyThroughReversingEntries() {
        String id = grants.single(Programme.VULNERABLE_GROUPS, 52);
        String rejected = request(MISSION, id, disbursementBody("SUBSISTENCE", null, "RETURNEE", "3000.00"))
                .statusCode(201).extract().path("id");
        String cancelled = request(MISSION, id, disbursementBody("SUBSISTENCE", null, "RETURNEE", "2000.00"))
                .statusCode(201).extract().path("id");
        assertEquals(new BigDecimal("3000.00"), available(id, "SUBSISTENCE"));

        command(FINANCE, rejected, "rejection", "{\"reason\":\"No receipt\"}");
        given().auth().oauth2(FINANCE).post("/api/v1/disbursements/" + cancelled + "/approval").then().statusCode(200);
        command(MISSION, cancelled, "cancellation", "{\"reason\":\"Paid by the family\"}");
        given().auth().oauth2(FINANCE).get("/api/v1/disbursements/" + rejected).then()
                .body("status", equalTo("REJECTED")).body("decisionReason", equalTo("No receipt"));
        given().auth().oauth2(FINANCE).get("/api/v1/disbursements/" + cancelled).then()
                .body("status", equalTo("CANCELLED"));
        assertEquals(new BigDecimal("8000.00"), available(id, "SUBSISTENCE"));

        JsonPath ledger = given().auth().oauth2(FINANCE).get("/api/v1/entitlements/" + id + "/ledger?size=100").then()
                .extract().jsonPath();
        List<String> reversed = ledger.getList("items.findAll { it.entryType == 'REVERSAL' }.reversesTransaction");
        List<String> reservations = ledger.getList("items.findAll { it.entryType == 'RESERVATION' }.transactionId");
        assertEquals(4, reversed.size(), "two entries reversing each reservation");
        assertEquals(reservations.stream().distinct().sorted().toList(), reversed.stream().distinct().sorted().toList());
        given().auth().oauth2(FINANCE).contentType("application/json").body("{\"reason\":\"again\"}")
                .post("/api/v1/disbursements/" + rejected + "/rejection").then().statusCode(409)
                .body("state", equalTo("REJECTED"));
    }

    @Test
    void aPaymentForLessReturnsTheRestAndAReversalCorrectsAPaymentRecordedInError() {
        String id = grants.single(Programme.VULNERABLE_GROUPS, 47);
        String d = request(MISSION, id, disbursementBody("SUBSISTENCE", null, "RETURNEE", "4000.00")).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(FINANCE).post("/api/v1/disbursements/" + d + "/approval").then().statusCode(200);
        given().auth().oauth2(FINANCE).contentType("application/json").body(paymentBody("48000.00", "0.08", "3840.00"))
                .post("/api/v1/disbursements/" + d + "/payment").then().statusCode(200);
        assertEquals(new BigDecimal("3840.00"), figure(id, "SUBSISTENCE", "disbursed"));
        assertEquals(new BigDecimal("4160.00"), available(id, "SUBSISTENCE"));

        given().auth().oauth2(MISSION).contentType("application/json").body("{\"reason\":\"x\"}")
                .post("/api/v1/disbursements/" + d + "/reversal").then().statusCode(403);
        given().auth().oauth2(FINANCE).contentType("application/json")
                .body("{\"reason\":\"The bank returned the transfer\"}").post("/api/v1/disbursements/" + d + "/reversal")
                .then().statusCode(200).body("status", equalTo("REVERSED")).body("payment.nokEquivalent.amount",
                        equalTo("3840.00"));
        assertEquals(new BigDecimal("0.00"), figure(id, "SUBSISTENCE", "disbursed"));
        assertEquals(new BigDecimal("8000.00"), available(id, "SUBSISTENCE"));
        JsonPath ledger = given().auth().oauth2(FINANCE).get("/api/v1/entitlements/" + id + "/ledger?size=100").then()
                .extract().jsonPath();
        assertEquals(2, ledger.getList("items.findAll { it.entryType == 'PAYMENT' }").size(),
                "the payment's entries stay as they were");
        assertEquals(2, ledger.getList("items.findAll { it.entryType == 'REVERSAL' }").size());
    }

    @Test
    void aPaymentMustAddUpStayWithinWhatWasApprovedAndNotBeDatedAfterToday() {
        String id = grants.single(Programme.VULNERABLE_GROUPS, 48);
        String d = request(MISSION, id, disbursementBody("SUBSISTENCE", null, "RETURNEE", "1000.00")).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(MISSION).contentType("application/json").body(paymentBody("12500.00", "0.08", "1000.00"))
                .post("/api/v1/disbursements/" + d + "/payment").then().statusCode(409).body("state", equalTo("REQUESTED"));
        given().auth().oauth2(FINANCE).post("/api/v1/disbursements/" + d + "/approval").then().statusCode(200);
        given().auth().oauth2(MISSION).contentType("application/json").body(paymentBody("12500.00", "0.08", "1100.00"))
                .post("/api/v1/disbursements/" + d + "/payment").then().statusCode(422)
                .body("rule", equalTo("exchange-rate-consistency"));
        given().auth().oauth2(MISSION).contentType("application/json").body(paymentBody("13750.00", "0.08", "1100.00"))
                .post("/api/v1/disbursements/" + d + "/payment").then().statusCode(422)
                .body("rule", equalTo("paid-within-approved"));
        String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        given().auth().oauth2(MISSION).contentType("application/json")
                .body(paymentBody("12500.00", "0.08", "1000.00").replaceFirst("\\d{4}-\\d{2}-\\d{2}", tomorrow))
                .post("/api/v1/disbursements/" + d + "/payment").then().statusCode(422)
                .body("rule", equalTo("date-in-future")).body("violations[0].field", equalTo("paidOn"));
        given().auth().oauth2(MISSION).get("/api/v1/disbursements/" + d).then().body("status", equalTo("APPROVED"))
                .body("payment", nullValue());
        given().auth().oauth2(MISSION).contentType("application/json").body(paymentBody("12500.00", "0.08", "1000.00"))
                .post("/api/v1/disbursements/" + d + "/payment").then().statusCode(200);
    }

    @Test
    void listsAreScopedFilteredAndPaged() {
        String id = grants.single(Programme.VULNERABLE_GROUPS, 49);
        String d = request(MISSION, id, disbursementBody("SUBSISTENCE", null, "RETURNEE", "500.00")).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(FINANCE).queryParam("entitlementId", id).queryParam("status", "requested")
                .get("/api/v1/disbursements").then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(d))
                .body("totalItems", equalTo(1));
        given().auth().oauth2(GrantFixture.mission("NG")).queryParam("entitlementId", id)
                .get("/api/v1/disbursements").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(GrantFixture.CASEWORKER).queryParam("entitlementId", id)
                .get("/api/v1/disbursements").then().statusCode(200).body("items[0].payee.name", nullValue())
                .body("items[0].payee.type", equalTo("RETURNEE"));
        given().auth().oauth2(FINANCE).queryParam("status", "SPENT").get("/api/v1/disbursements").then()
                .statusCode(400).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(FINANCE).queryParam("size", "101").get("/api/v1/disbursements").then().statusCode(400);
    }
}
