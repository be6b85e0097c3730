package dev.avrr.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Checks every operation of a running service, read from its own OpenAPI document, so that a new endpoint
 * cannot slip through: it must be protected by an explicit role list, carry a summary and its roles, and
 * give a request example that the service accepts.
 */
public final class ApiContract {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private ApiContract() {
    }

    /** One operation of the OpenAPI document. */
    public record Operation(String method, String path, Map<String, Object> spec) {

        public List<String> roles() {
            List<String> roles = new ArrayList<>();
            Object security = spec.get("security");
            if (security instanceof List<?> requirements) {
                for (Object requirement : requirements) {
                    if (requirement instanceof Map<?, ?> map) {
                        map.values().forEach(v -> {
                            if (v instanceof List<?> list) {
                                list.forEach(r -> roles.add(String.valueOf(r)));
                            }
                        });
                    }
                }
            }
            return roles;
        }

        public String concretePath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        public boolean hasPathParameters() {
            return path.contains("{");
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> requestBody() {
            return (Map<String, Object>) spec.get("requestBody");
        }

        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** Every operation under {@code /api/} in the service's OpenAPI document. */
    @SuppressWarnings("unchecked")
    public static List<Operation> operations() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.forEach((method, spec) -> {
                if (METHODS.contains(method)) {
                    operations.add(new Operation(method, path, (Map<String, Object>) spec));
                }
            });
        });
        assertFalse(operations.isEmpty(), "the OpenAPI document lists no /api operation");
        return operations;
    }

    /**
     * Without a token every operation answers 401; with a valid token that holds no role, 403. An operation
     * that answers anything else is unprotected (or protected only by authentication) and fails the test.
     */
    public static void assertEveryOperationDeniesByDefault() {
        String roleless = TestTokens.role().org("org-without-roles").sign();
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            int anonymous = send(op, null, "{}").statusCode();
            if (anonymous != 401) {
                failures.add(op + " without a token answered " + anonymous);
            }
            int noRole = send(op, roleless, "{}").statusCode();
            if (noRole != 403) {
                failures.add(op + " with a role-less token answered " + noRole);
            }
        }
        if (!failures.isEmpty()) {
            fail("Unprotected operations:\n" + String.join("\n", failures));
        }
    }

    /** Health, Prometheus metrics, the OpenAPI document and Swagger UI answer, as operations expect. */
    public static void assertOperationalEndpoints() {
        given().get("/q/health/ready").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("avrr_outbox_published"));
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** Every operation has a summary, names its roles, and every request body carries an example. */
    @SuppressWarnings("unchecked")
    public static void assertEveryOperationIsDocumented() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            Object summary = op.spec().get("summary");
            if (summary == null || summary.toString().isBlank()) {
                failures.add(op + " has no summary");
            }
            if (op.roles().isEmpty()) {
                failures.add(op + " names no role");
            }
            Map<String, Object> body = op.requestBody();
            if (body != null && exampleOf(body) == null) {
                failures.add(op + " takes a body but gives no example");
            }
        }
        if (!failures.isEmpty()) {
            fail("Undocumented operations:\n" + String.join("\n", failures));
        }
    }

    /**
     * Every 2xx response that has content gives a schema for each of its media types. An {@code @APIResponse}
     * whose {@code @Content} carries only examples replaces the schema SmallRye would infer from the return
     * type, and clients generated from the document then expect no body at all.
     */
    @SuppressWarnings("unchecked")
    public static void assertEverySuccessResponseHasASchema() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            Map<String, Object> responses = (Map<String, Object>) op.spec().get("responses");
            if (responses == null) {
                continue;
            }
            responses.forEach((code, response) -> {
                if (!code.startsWith("2") || !(response instanceof Map<?, ?> r)
                        || !(r.get("content") instanceof Map<?, ?> content)) {
                    return;
                }
                content.forEach((mediaType, media) -> {
                    if (!(media instanceof Map<?, ?> m) || m.get("schema") == null) {
                        failures.add(op + " " + code + " " + mediaType + " has no schema");
                    }
                });
            });
        }
        if (!failures.isEmpty()) {
            fail("Success responses without a schema:\n" + String.join("\n", failures));
        }
    }

    /**
     * Sends each operation's request example with a token of its first role, as {@code tokens} makes it. An
     * operation without path parameters must answer 2xx; one with path parameters gets random ids, so it
     * must get past validation (no 400) and answer without a fault (no 5xx).
     */
    public static void sendEveryRequestExample(Function<String, String> tokens) {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            Map<String, Object> body = op.requestBody();
            if (body == null) {
                continue;
            }
            String example = exampleOf(body);
            if (example == null) {
                failures.add(op + " gives no example");
                continue;
            }
            Response response = send(op, tokens.apply(op.roles().get(0)), example);
            int status = response.statusCode();
            boolean ok = op.hasPathParameters() ? status != 400 && status < 500 : status / 100 == 2;
            if (!ok) {
                failures.add(op + " answered its own example with " + status + ": " + response.asString());
            }
        }
        if (!failures.isEmpty()) {
            fail("Request examples that do not work:\n" + String.join("\n", failures));
        }
    }

    @SuppressWarnings("unchecked")
    private static String exampleOf(Map<String, Object> body) {
        Map<String, Object> content = (Map<String, Object>) body.get("content");
        if (content == null) {
            return null;
        }
        for (Object media : content.values()) {
            Map<String, Object> m = (Map<String, Object>) media;
            Object examples = m.get("examples");
            if (examples instanceof Map<?, ?> named && !named.isEmpty()) {
                Object first = named.values().iterator().next();
                if (first instanceof Map<?, ?> ex && ex.get("value") != null) {
                    return toJson(ex.get("value"));
                }
            }
            if (m.get("example") != null) {
                return toJson(m.get("example"));
            }
        }
        return null;
    }

    private static String toJson(Object value) {
        if (value instanceof String s) {
            return s;
        }
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response send(Operation op, String token, String body) {
        var request = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString());
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (!op.method().equals("get") && !op.method().equals("delete")) {
            request.body(body);
        }
        return request.request(op.method().toUpperCase(), op.concretePath());
    }
}
