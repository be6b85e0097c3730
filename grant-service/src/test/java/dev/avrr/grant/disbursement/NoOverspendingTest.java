package dev.avrr.grant.disbursement;

import static dev.avrr.grant.GrantFixture.FINANCE;
import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.approvedLine;
import static dev.avrr.grant.GrantFixture.available;
import static dev.avrr.grant.GrantFixture.disbursementBody;
import static dev.avrr.grant.GrantFixture.figure;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.grant.GrantFixture;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A category's balance never goes below zero, including under concurrent requests (docs/domain.md#what-must-never-happen): parallel
 * requests through HTTP at one category are applied one after another under the entitlement's row lock in
 * PostgreSQL (so two instances of the service are as safe as one); exactly as many succeed as the money allows.
 */
@QuarkusTest
class NoOverspendingTest {

    private static final int REQUESTS = 12;

    @Inject
    GrantFixture grants;

    /** Fires all requests at once (released together by a latch), and returns their responses. */
    private static List<Response> fire(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Response> request(String entitlementId, String body) {
        return () -> given().auth().oauth2(MISSION).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/entitlements/" + entitlementId + "/disbursements");
    }

    @Test
    void parallelCashRequestsAtOneCategoryNeverTakeMoreThanItHas() throws Exception {
        String id = grants.single(Programme.VULNERABLE_GROUPS, 36);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            calls.add(request(id, disbursementBody("SUBSISTENCE", null, "RETURNEE", "1000.00")));
        }
        List<Response> responses = fire(calls);
        long created = responses.stream().filter(r -> r.statusCode() == 201).count();
        long refused = responses.stream().filter(r -> r.statusCode() == 422
                && "within-balance".equals(r.jsonPath().getString("rule"))).count();
        assertEquals(8, created, "8,000 NOK of subsistence pays eight requests of 1,000");
        assertEquals(REQUESTS - 8, refused, "the rest are refused, naming the rule");
        assertEquals(new BigDecimal("0.00"), available(id, "SUBSISTENCE"));
        assertEquals(new BigDecimal("8000.00"), figure(id, "SUBSISTENCE", "reserved"));
        given().auth().oauth2(FINANCE).queryParam("entitlementId", id).get("/api/v1/disbursements").then()
                .body("totalItems", org.hamcrest.Matchers.equalTo(8));
    }

    @Test
    void parallelRequestsWithUnevenAmountsOnAnInKindPlanLineStopAtTheLine() throws Exception {
        String id = grants.single(Programme.VICTIMS_OF_TRAFFICKING, 32);
        String line = approvedLine(id, "EDUCATION_BUSINESS_EMPLOYMENT", "EQUIPMENT", "10000.00");
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            calls.add(request(id, disbursementBody("EDUCATION_BUSINESS_EMPLOYMENT", line, "VENDOR",
                    i % 2 == 0 ? "1500.00" : "700.00")));
        }
        List<Response> responses = fire(calls);
        BigDecimal granted = responses.stream().filter(r -> r.statusCode() == 201)
                .map(r -> new BigDecimal(r.jsonPath().getString("amount.amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(granted.compareTo(new BigDecimal("10000.00")) <= 0, "never more than the line: " + granted);
        assertTrue(granted.compareTo(new BigDecimal("8500.00")) > 0, "as much as fits: " + granted);
        responses.stream().filter(r -> r.statusCode() != 201).forEach(r -> {
            assertEquals(422, r.statusCode(), r.asString());
            assertEquals("within-plan-line", r.jsonPath().getString("rule"));
        });
        assertEquals(new BigDecimal("25000.00").subtract(granted), available(id, "EDUCATION_BUSINESS_EMPLOYMENT"));
        assertEquals(granted.setScale(2), figure(id, "EDUCATION_BUSINESS_EMPLOYMENT", "reserved"));
    }
}
