package dev.avrr.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/** The assertions and selectors every journey uses. */
final class Checks {

    private Checks() {
    }

    static void expect(int status, Actor.Reply r) {
        assertEquals(status, r.status(), () -> "unexpected answer: " + r);
    }

    /** A refusal: its status and its problem type {@code urn:avrr:problem:<kind>}. */
    static void expectProblem(int status, String kind, Actor.Reply r) {
        expect(status, r);
        assertEquals("urn:avrr:problem:" + kind, r.problemType(), () -> "problem type of " + r);
    }

    static Predicate<EventLog.Event> ofCase(String caseId) {
        return e -> caseId.equals(e.data().path("caseId").asText());
    }

    static Predicate<EventLog.Event> ofReferral(String referralId) {
        return e -> referralId.equals(e.data().path("referralId").asText());
    }

    /** An entitlement's category by its code. */
    static JsonNode category(JsonNode entitlement, String code) {
        for (JsonNode c : entitlement.path("categories")) {
            if (code.equals(c.path("code").asText())) {
                return c;
            }
        }
        throw new AssertionError("no category " + code + " in " + entitlement);
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** An amount in NOK ({@code {"amount": "8000.00", "currency": "NOK"}}). */
    static BigDecimal money(JsonNode money) {
        assertEquals("NOK", money.path("currency").asText(), () -> "currency of " + money);
        return new BigDecimal(money.path("amount").asText());
    }

    /** Money in NOK or a bare decimal string, compared by value. */
    static void assertMoney(String expected, JsonNode actual) {
        BigDecimal amount = actual.isObject() ? money(actual) : new BigDecimal(actual.asText());
        assertEquals(0, new BigDecimal(expected).compareTo(amount), () -> "expected " + expected + ", got " + actual);
    }
}
