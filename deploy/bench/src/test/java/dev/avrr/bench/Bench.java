package dev.avrr.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * What every simulation shares (docs/performance.md): the target, the load and the tokens, from system properties
 * the run script sets. The load is a closed model — {@code bench.connections} clients (16), each sending its next
 * request when the last answered — for a warm-up ({@code bench.warmup}, 10 s), whose requests are named apart, then
 * the measured period ({@code bench.duration}, 20 s).
 */
final class Bench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?([0-9a-f-]+)\"?");

    private Bench() {
    }

    static String target() {
        return System.getProperty("bench.target", "http://127.0.0.1:38081");
    }

    /**
     * One service's base URL, from {@code bench.target.<service>} (referral, case, grant, monitoring), for simulations
     * that call several services with absolute URLs; the local stack's ports by default.
     */
    static String target(String service) {
        int offset = switch (service) {
            case "referral" -> 1;
            case "case" -> 2;
            case "grant" -> 3;
            case "monitoring" -> 4;
            default -> throw new IllegalArgumentException("no service " + service);
        };
        return System.getProperty("bench.target." + service, "http://127.0.0.1:" + (38080 + offset));
    }

    static int connections() {
        return Integer.getInteger("bench.connections", 16);
    }

    static Duration warmup() {
        return Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
    }

    static Duration measured() {
        return Duration.ofSeconds(Integer.getInteger("bench.duration", 20));
    }

    static String token(String role) {
        String token = System.getProperty("bench.token." + role);
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("bench.token." + role + " is not set: run ./deploy/bench/run");
        }
        return "Bearer " + token;
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(target()).acceptHeader("application/json").contentTypeHeader("application/json")
                .shareConnections();
    }

    /** The protocol of a simulation across the services: no base URL (each request names its service's). */
    static HttpProtocolBuilder servicesProtocol() {
        return http.acceptHeader("application/json, application/problem+json")
                .contentTypeHeader("application/json").shareConnections();
    }

    static ClosedInjectionStep warmupLoad() {
        return constantConcurrentUsers(connections()).during(warmup());
    }

    static ClosedInjectionStep measuredLoad() {
        return constantConcurrentUsers(connections()).during(measured());
    }

    /** A fresh idempotency key, as a partner sends with each create. */
    static String freshKey() {
        return "bench-" + UUID.randomUUID();
    }

    /** A Norwegian referral of an obviously fictional person, with the consents the hand-over to IOM needs. */
    static final String REFERRAL = """
            {"jurisdiction":"NO","person":{"givenName":"Benchmarka","familyName":"Fiktivsen","dateOfBirth":"1990-01-01",
             "nationality":"ET","countryOfReturn":"ET"},
             "consents":[{"purpose":"SHARE_WITH_IOM","language":"am","interpreterUsed":true},
                         {"purpose":"FEEDBACK_TO_REFERRER","language":"am","interpreterUsed":true}]}""";

    /** A row for the bare app. */
    static final String NOTE = """
            {"title":"Benchmark","body":"A row of the bare app, about as long as a small referral's text."}""";

    /** Creates {@code count} records before the load, one by one; their ids. */
    static List<String> create(String path, String token, String body, int count) {
        HttpClient client = HttpClient.newHttpClient();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target() + path))
                    .header("Content-Type", "application/json").header("Idempotency-Key", freshKey())
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header("Authorization", token);
            }
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                Matcher id = ID.matcher(response.body());
                if (response.statusCode() != 201 || !id.find()) {
                    throw new IllegalStateException("Creating the records to read failed: " + response.statusCode());
                }
                ids.add(id.group(1));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return ids;
    }
}
