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

    /** A small fictional PDF that names what it stands for. */
    static byte[] fictionalPdf(String what) {
        return ("%PDF-1.4\n% Fictional e2e document: " + what + "\n1 0 obj << /Type /Catalog >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The start of a fictional JPEG (its SOI and JFIF marker) that names what it stands for. */
    static byte[] fictionalJpeg(String what) {
        byte[] head = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };
        byte[] text = ("Fictional e2e image: " + what).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(head, head.length + text.length);
        System.arraycopy(text, 0, all, head.length, text.length);
        return all;
    }

    /** The document of that id downloads with this media type and exactly these bytes. */
    static void downloads(Actor actor, String service, String recordPath, String documentId, String mediaType,
            byte[] expected) {
        Actor.File file = actor.download(service, recordPath, documentId);
        assertEquals(200, file.status(), () -> actor.role + " downloads " + documentId + ": "
                + new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(mediaType, file.mediaType());
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, file.bytes());
    }
}
