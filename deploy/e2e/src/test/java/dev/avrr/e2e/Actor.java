package dev.avrr.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Someone calling the services over HTTP with their own signed token: a role, an organisation, a country. */
final class Actor {

    /** An HTTP answer: status, ETag and the JSON body (a problem on refusals). */
    record Reply(int status, String etag, JsonNode body) {
        String id() {
            return body.path("id").asText();
        }

        String problemType() {
            return body.path("type").asText();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    final String role;
    final String org;
    final String country;
    private final String token;

    private Actor(String role, String org, String country, String user) {
        this.role = role;
        this.org = org;
        this.country = country;
        this.token = Stack.get().tokens.token(role, org, country, user);
    }

    private Actor(String role, String org, String country) {
        this(role, org, country, "e2e-" + role + (org == null ? "" : "-" + org));
    }

    static Actor of(String role, String org) {
        return new Actor(role, org, null);
    }

    /** A second person of the same role and organisation, for what takes four eyes. */
    static Actor named(String role, String org, String user) {
        return new Actor(role, org, null, user);
    }

    static Actor mission(String org, String country) {
        return new Actor("mission", org, country);
    }

    Reply get(String service, String path) {
        return send(service, "GET", path, null);
    }

    /** POST with optional header pairs, e.g. {@code "If-Match", etag, "Idempotency-Key", key}. */
    Reply post(String service, String path, String json, String... headers) {
        return send(service, "POST", path, json, headers);
    }

    Reply put(String service, String path, String json, String... headers) {
        return send(service, "PUT", path, json, headers);
    }

    /** Reads a case this actor may see; anything but 200 fails the test. */
    Reply readCase(String caseId) {
        Reply r = get("case", "/api/v1/cases/" + caseId);
        Checks.expect(200, r);
        return r;
    }

    /** The case's current ETag, for a command's If-Match. */
    String caseEtag(String caseId) {
        String etag = readCase(caseId).etag();
        if (etag == null) {
            throw new AssertionError("a case answer carries its ETag");
        }
        return etag;
    }

    /** Polls a GET until the answer matches: the services meet through Kafka, so the state arrives a moment later. */
    Reply awaitGet(String service, String path, Predicate<Reply> until) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        Reply last;
        do {
            last = get(service, path);
            if (until.test(last)) {
                return last;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(role + " GET " + path + " did not reach the expected state in 30 s; last: " + last);
    }

    /** A downloaded document: status, media type and bytes (a problem's JSON on a refusal). */
    record File(int status, String mediaType, byte[] bytes) {
    }

    /** Adds a document of this kind to the referral or case at {@code recordPath} (docs/documents.md). */
    Reply addDocument(String service, String recordPath, String kind, byte[] content) {
        return post(service, recordPath + "/documents", "{\"kind\":\"" + kind + "\",\"content\":\""
                + Base64.getEncoder().encodeToString(content) + "\"}");
    }

    /** Downloads a document of the referral or case at {@code recordPath}. */
    File download(String service, String recordPath, String documentId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.url(service) + recordPath + "/documents/"
                + documentId)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/pdf, image/jpeg, image/png, application/problem+json").GET().build();
        try {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new File(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (Exception e) {
            throw new IllegalStateException("GET a document failed", e);
        }
    }

    /** A page (text/html), as the service renders it; anything but 200 fails the test. */
    String page(String service, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.url(service) + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "text/html").GET().build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Checks.expect(200, new Reply(r.statusCode(), null, JSON.nullNode()));
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " as a page failed", e);
        }
    }

    private Reply send(String service, String method, String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Stack.url(service) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body() == null || r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
            return new Reply(r.statusCode(), r.headers().firstValue("ETag").orElse(null), body);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }
}
