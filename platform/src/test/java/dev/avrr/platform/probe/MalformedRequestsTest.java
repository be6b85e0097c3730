package dev.avrr.platform.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Requests over the API's size bounds get a problem naming what is too large, not the HTTP server's empty status;
 * sent as raw bytes, as no well-behaved client sends them.
 */
@QuarkusTest
class MalformedRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A raw request's status line and problem. */
    private record Answer(String statusLine, String contentType, JsonNode problem) {
    }

    @Test
    void aRequestLineThatIsNoHttpIsRefusedBeforeAnyRouteAndAnEncodedControlCharacterIsNamed() throws Exception {
        // Raw bytes outside the URI syntax: the server's HTTP decoder refuses them, a 400 and the connection closed.
        for (String target : new String[] { "/api/v1/pro\u0001bes", "/api/v1/probes?label=a\u0001b", "/api/v1/pro|bes",
                "/api/v1/probes?label=a b" }) {
            Answer a = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(a.statusLine().matches("HTTP/1\\.[01] 400 .*"), target + ": " + a.statusLine());
        }
        // The same character percent-encoded, as a client sends it: a problem naming the parameter.
        Answer a = send("GET /api/v1/audit?resourceId=a%01b HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.of(Roles.AUDITOR, "iom-audit") + "\r\nConnection: close\r\n\r\n");
        assertProblem(a, 400, "urn:avrr:problem:validation-failed", "resourceId");
    }

    @Test
    void anOverLongRequestLineIsA414Problem() throws Exception {
        Answer a = send("GET /api/v1/probes?label=" + "a".repeat(20_000)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertProblem(a, 414, "urn:avrr:problem:uri-too-long", "requestUri");
    }

    @Test
    void overLargeHeadersAreA431Problem() throws Exception {
        Answer a = send("GET /api/v1/probes HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(30_000)
                + "\r\nConnection: close\r\n\r\n");
        assertProblem(a, 431, "urn:avrr:problem:headers-too-large", "headers");
    }

    private static void assertProblem(Answer a, int status, String type, String field) {
        assertTrue(a.statusLine().startsWith("HTTP/1.1 " + status), a.statusLine());
        assertEquals("application/problem+json", a.contentType(), a.statusLine());
        assertEquals(type, a.problem().path("type").asText());
        assertEquals(status, a.problem().path("status").asInt());
        assertEquals(field, a.problem().path("violations").path(0).path("field").asText(), a.problem().toString());
        assertTrue(!a.problem().path("correlationId").asText().isEmpty(), "a correlation id to quote");
    }

    private static Answer send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(read);
            String text = read.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertTrue(end > 0, "an HTTP answer: " + text);
            String head = text.substring(0, end);
            String contentType = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("");
            String body = text.substring(end + 4);
            return new Answer(head.lines().findFirst().orElse(""), contentType,
                    body.isBlank() ? JSON.nullNode() : JSON.readTree(body));
        }
    }
}
