package dev.avrr.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A schema-driven fuzz test over every operation of the running service's OpenAPI document: for each operation
 * and each of its roles, requests made from what the document says — path and query parameters of their declared
 * types and outside them, headers, and the request example mutated (fields removed, nulled, of another type, too
 * long, with control characters, numbers out of range, keys twice, content after the JSON, not JSON at all).
 * Random with a fixed seed, so a failure repeats. No answer may be a 5xx, and every answer must come within
 * {@link #TIMEOUT_MS}: bad input is the client's problem, named in a 4xx.
 */
public final class ApiFuzzer {

    public static final long SEED = 20_261_204L;
    public static final int TIMEOUT_MS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random = new Random(SEED);
    private final Function<String, String> tokens;
    private final int perOperation;
    private int sent;

    private ApiFuzzer(Function<String, String> tokens, int perOperation) {
        this.tokens = tokens;
        this.perOperation = perOperation;
    }

    /**
     * Sends {@code perOperation} requests to every operation, for each of its roles (tokens as {@code tokens} makes
     * them), and fails listing each request answered with a 5xx or not in time.
     */
    public static void assertNoInputYieldsAFault(Function<String, String> tokens, int perOperation) {
        ApiFuzzer fuzzer = new ApiFuzzer(tokens, perOperation);
        List<String> faults = fuzzer.run();
        System.out.println("ApiFuzzer: " + fuzzer.sent + " requests, seed " + SEED + ", " + faults.size() + " faults");
        if (!faults.isEmpty()) {
            fail(faults.size() + " of " + fuzzer.sent + " requests (seed " + SEED + ") answered with a fault:\n"
                    + String.join("\n", faults.subList(0, Math.min(40, faults.size()))));
        }
    }

    private List<String> run() {
        List<String> faults = new ArrayList<>();
        RestAssuredConfig config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", TIMEOUT_MS).setParam("http.connection.timeout", TIMEOUT_MS));
        for (ApiContract.Operation op : ApiContract.operations()) {
            String example = op.requestBody() == null ? null : ApiContract.exampleOf(op.requestBody());
            for (String role : op.roles()) {
                String token = tokens.apply(role);
                for (int i = 0; i < perOperation; i++) {
                    StringBuilder what = new StringBuilder();
                    RequestSpecification request = given().config(config).urlEncodingEnabled(false)
                            .auth().oauth2(token);
                    String path = path(op, what);
                    path += query(op, what);
                    headers(request, what);
                    if (!op.method().equals("get") && !op.method().equals("delete")) {
                        String body = body(example, what);
                        request.contentType(random.nextInt(20) == 0 ? "application/json; charset=ISO-8859-1"
                                : "application/json");
                        if (body != null) {
                            request.body(body);
                        }
                    }
                    sent++;
                    try {
                        Response response = request.request(op.method().toUpperCase(), path);
                        if (response.statusCode() >= 500) {
                            faults.add(op + " as " + role + " → " + response.statusCode() + " [" + what + "] "
                                    + abbreviate(response.asString()));
                        }
                    } catch (RuntimeException e) {
                        faults.add(op + " as " + role + " → no answer in time (" + e.getClass().getSimpleName()
                                + ") [" + what + "]");
                    }
                }
            }
        }
        return faults;
    }

    // ---------------------------------------------------------------- parameters

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> parameters(ApiContract.Operation op, String in) {
        List<Map<String, Object>> found = new ArrayList<>();
        Object params = op.spec().get("parameters");
        if (params instanceof List<?> list) {
            for (Object p : list) {
                if (p instanceof Map<?, ?> m && in.equals(m.get("in"))) {
                    found.add((Map<String, Object>) m);
                }
            }
        }
        return found;
    }

    private String path(ApiContract.Operation op, StringBuilder what) {
        String path = op.path();
        while (path.contains("{")) {
            int start = path.indexOf('{');
            int end = path.indexOf('}', start);
            String name = path.substring(start + 1, end);
            String value = random.nextInt(3) == 0 ? oddText() : UUID.randomUUID().toString();
            if (!value.matches("[0-9a-f-]{36}")) {
                what.append(name).append('=').append(value).append(' ');
            }
            path = path.substring(0, start) + value + path.substring(end + 1);
        }
        return path;
    }

    @SuppressWarnings("unchecked")
    private String query(ApiContract.Operation op, StringBuilder what) {
        StringBuilder q = new StringBuilder();
        for (Map<String, Object> p : parameters(op, "query")) {
            if (random.nextBoolean()) {
                continue;
            }
            Map<String, Object> schema = p.get("schema") instanceof Map<?, ?> s ? (Map<String, Object>) s : Map.of();
            String value = valueFor(schema);
            q.append(q.length() == 0 ? '?' : '&').append(p.get("name")).append('=').append(value);
        }
        if (random.nextInt(10) == 0) {
            q.append(q.length() == 0 ? '?' : '&').append("page=").append(pick("2147483647", "-1", "99999999999",
                    "abc")).append("&size=").append(pick("100", "0", "1e2", "2147483647"));
        }
        if (q.length() > 0) {
            what.append(q).append(' ');
        }
        return q.toString();
    }

    /** A query value: of the declared type most of the time, anything else otherwise; percent-encoded. */
    @SuppressWarnings("unchecked")
    private String valueFor(Map<String, Object> schema) {
        if (random.nextInt(3) == 0) {
            return oddText();
        }
        Object type = schema.get("type");
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return String.valueOf(values.get(random.nextInt(values.size())));
        }
        if ("integer".equals(type)) {
            return pick("0", "1", "20", "-1", "2147483647", "-2147483648", "100", "5000");
        }
        if ("boolean".equals(type)) {
            return pick("true", "false");
        }
        String format = String.valueOf(schema.get("format"));
        return switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> pick("2026-03-01", "1900-01-01", "2199-12-31", "2026-02-29");
            case "date-time" -> pick("2026-03-01T10:00:00Z", "2026-03-01T10%3A00%3A00%2B01%3A00");
            default -> pick("x", "2026", "2026-03", "2026-Q1", "NO", "ET", "VICTIMS_OF_TRAFFICKING", "ACTIVE");
        };
    }

    /** Values no parameter should take, percent-encoded as a client would send them. */
    private String oddText() {
        return pick("%00", "a%00b", "%1F", "%7F", "-1", "2147483648", "99999999999999999999", "1e2", "0x10",
                "maybe", "", "%20", "%E2%80%AE", "%F0%9F%98%80", "not-a-uuid", "x".repeat(300), "..%2F..%2F",
                "%27%3B--", "2026-13-45", "-0001-01-01", "+10000-01-01", "null", "%5B%5D", "%7B%7D");
    }

    private void headers(RequestSpecification request, StringBuilder what) {
        int choice = random.nextInt(8);
        String key = switch (choice) {
            case 0 -> "";
            case 1 -> "x".repeat(300);
            case 2 -> "not a key";
            default -> UUID.randomUUID().toString();
        };
        request.header("Idempotency-Key", key);
        if (choice < 3) {
            what.append("Idempotency-Key=").append(key.length() > 20 ? key.substring(0, 20) + "…" : key).append(' ');
        }
        if (random.nextInt(4) == 0) {
            String ifMatch = pick("\"0\"", "\"1\"", "W/\"1\"", "abc", "\"\"", "*", "\"99999999999999999999\"");
            request.header("If-Match", ifMatch);
            what.append("If-Match=").append(ifMatch).append(' ');
        }
        if (random.nextInt(6) == 0) {
            String correlation = pick("not-a-uuid", "x".repeat(500), UUID.randomUUID().toString());
            request.header("X-Correlation-Id", correlation);
        }
    }

    // ---------------------------------------------------------------- bodies

    private String body(String example, StringBuilder what) {
        int choice = random.nextInt(20);
        if (example == null || choice == 0) {
            String raw = pick("", "{}", "[]", "null", "42", "\"text\"", "{\"a\":", "not json", "{\"a\":1}}",
                    "{\"a\":\"\\u0000\"}", "[" .repeat(2000));
            what.append("body=").append(raw.length() > 20 ? raw.substring(0, 20) + "…" : raw);
            return raw;
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(example);
        } catch (Exception e) {
            return example;
        }
        if (choice == 1) {
            what.append("duplicate key");
            return duplicateFirstKey(example);
        }
        if (choice == 2) {
            what.append("trailing content");
            return example + pick(" {}", "x", ",", "]");
        }
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            tree = mutate(tree, what);
        }
        return tree.toString();
    }

    private static String duplicateFirstKey(String example) {
        int colon = example.indexOf(':');
        int brace = example.indexOf('{');
        if (brace < 0 || colon < 0) {
            return example;
        }
        String firstPair = example.substring(brace + 1, colon + 1);
        return example.substring(0, brace + 1) + firstPair + "\"dup\"," + example.substring(brace + 1);
    }

    /** One mutation at a random place of the tree. */
    private JsonNode mutate(JsonNode node, StringBuilder what) {
        List<String> path = new ArrayList<>();
        JsonNode parent = null;
        String field = null;
        int index = -1;
        JsonNode current = node;
        while (current.isContainerNode() && current.size() > 0 && random.nextInt(3) != 0) {
            parent = current;
            if (current.isObject()) {
                List<String> names = new ArrayList<>();
                current.fieldNames().forEachRemaining(names::add);
                field = names.get(random.nextInt(names.size()));
                index = -1;
                path.add(field);
                current = current.get(field);
            } else {
                index = random.nextInt(current.size());
                field = null;
                path.add("[" + index + "]");
                current = current.get(index);
            }
        }
        JsonNode replacement = replacementFor(current);
        what.append(String.join(".", path)).append(':').append(abbreviate(replacement == null ? "(removed)"
                : replacement.toString())).append(' ');
        if (parent == null) {
            return replacement == null ? NODES.objectNode() : replacement;
        }
        if (parent instanceof ObjectNode o) {
            if (replacement == null) {
                o.remove(field);
            } else {
                o.set(field, replacement);
            }
        } else if (parent instanceof ArrayNode a) {
            if (replacement == null) {
                a.remove(index);
            } else {
                a.set(index, replacement);
            }
        }
        return node;
    }

    private JsonNode replacementFor(JsonNode current) {
        return switch (random.nextInt(16)) {
            case 0 -> null;
            case 1 -> NODES.nullNode();
            case 2 -> NODES.textNode("");
            case 3 -> NODES.textNode("x".repeat(5000));
            case 4 -> NODES.textNode("a\u0000b");
            case 5 -> NODES.textNode("\u001b[31m\u202e");
            case 6 -> NODES.numberNode(Long.MAX_VALUE);
            case 7 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 8 -> NODES.numberNode(-1);
            case 9 -> NODES.numberNode(1.5);
            case 10 -> NODES.booleanNode(true);
            case 11 -> NODES.textNode(pick("-0001-01-01", "0000-00-00", "2026-02-30", "9999-12-31T23:59:59Z",
                    "true", "1", "NaN", "-1", "99999999999999999999999"));
            case 12 -> NODES.objectNode().put("x", 1);
            case 13 -> NODES.arrayNode().add(1).add("x");
            case 14 -> deep(200);
            default -> current.isTextual() ? NODES.numberNode(7) : NODES.textNode("text");
        };
    }

    private static JsonNode deep(int depth) {
        ArrayNode root = NODES.arrayNode();
        ArrayNode at = root;
        for (int i = 0; i < depth; i++) {
            at = at.addArray();
        }
        return root;
    }

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
