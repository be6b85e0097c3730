package dev.avrr.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/**
 * Checks every operation of a running service, read from its own OpenAPI document, so that a new endpoint
 * cannot slip through: it must be protected by an explicit role list, carry a summary and its roles, and
 * give a request example that the service accepts. The document itself must type what it answers: a success
 * response for every operation, no missing or empty schema, one name per schema, and page schemas that mirror the
 * platform's {@code Page}.
 */
public final class ApiContract {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** The keywords whose values are a schema, a list of schemas, or a map of schemas (JSON Schema 2020-12). */
    private static final Set<String> SCHEMA_KEYWORDS = Set.of("items", "additionalProperties", "not", "contains",
            "if", "then", "else", "propertyNames", "contentSchema", "unevaluatedItems", "unevaluatedProperties");
    private static final Set<String> SCHEMA_LIST_KEYWORDS = Set.of("oneOf", "anyOf", "allOf", "prefixItems");
    private static final Set<String> SCHEMA_MAP_KEYWORDS = Set.of("properties", "patternProperties",
            "dependentSchemas", "$defs");

    /** SmallRye's name for the second type that claims a schema name: the name and a number. */
    private static final Pattern NUMBERED = Pattern.compile("(.*\\D)\\d+");

    /** The record every paged list answers with. */
    private static final String PAGE_TYPE = "dev.avrr.platform.http.Page";

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

    /** The running service's OpenAPI document, as JSON read into maps and lists. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> document() {
        String json = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every operation under {@code /api/} in the service's OpenAPI document. */
    public static List<Operation> operations() {
        return operations(document());
    }

    /** Every operation under {@code /api/} in an OpenAPI document. */
    @SuppressWarnings("unchecked")
    public static List<Operation> operations(Map<String, Object> document) {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
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

    /**
     * Every operation refuses each of its roles when the token's organisation is not registered: 403 with the
     * problem type {@code unknown-organisation}, before the operation runs.
     */
    public static void assertEveryOperationRefusesAnUnregisteredOrganisation() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            for (String role : op.roles()) {
                String token = TestTokens.role(role).org("org-nobody-registered").country("ET").unregistered().sign();
                var answer = send(op, token, "{}");
                if (answer.statusCode() != 403
                        || !"urn:avrr:problem:unknown-organisation".equals(answer.jsonPath().getString("type"))) {
                    failures.add(op + " as " + role + " of an unregistered organisation answered "
                            + answer.statusCode());
                }
            }
        }
        if (!failures.isEmpty()) {
            fail("Operations that let an unregistered organisation in:\n" + String.join("\n", failures));
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
     * Every operation documents at least one 2xx response. SmallRye adds the 200 it infers from the return type only
     * when a method has no {@code @APIResponse} at all: a method that annotates only its 404 or 409 documents no
     * success, and a client generated from the document then expects nothing back.
     */
    public static void assertEveryOperationDocumentsASuccess() {
        List<String> failures = operationsWithoutASuccess(document());
        if (!failures.isEmpty()) {
            fail("Operations that document no 2xx response:\n" + String.join("\n", failures));
        }
    }

    /** The operations of an OpenAPI document that document no 2xx response, with the responses they do document. */
    @SuppressWarnings("unchecked")
    public static List<String> operationsWithoutASuccess(Map<String, Object> document) {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations(document)) {
            Map<String, Object> responses = (Map<String, Object>) op.spec().get("responses");
            Set<String> codes = responses == null ? Set.of() : responses.keySet();
            if (codes.stream().noneMatch(code -> code.startsWith("2"))) {
                failures.add(op + " documents only " + (codes.isEmpty() ? "no response" : new TreeSet<>(codes)));
            }
        }
        return failures;
    }

    /**
     * Every operation shows an example of what it answers (or answers 204): partner systems and the frontend build on
     * these answers without asking.
     */
    public static void assertEveryOperationShowsAnExampleOfItsAnswer() {
        List<String> failures = operationsWithoutAnAnswerExample(document());
        if (!failures.isEmpty()) {
            fail("Operations without a response example:\n" + String.join("\n", failures));
        }
    }

    /** The operations of an OpenAPI document whose 2xx responses show no example and that do not answer 204. */
    public static List<String> operationsWithoutAnAnswerExample(Map<String, Object> document) {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations(document)) {
            boolean example = successMedia(op).stream()
                    .anyMatch(m -> m.media().get("examples") != null || m.media().get("example") != null);
            Object responses = op.spec().get("responses");
            boolean noContent = responses instanceof Map<?, ?> r && r.containsKey("204");
            if (!example && !noContent) {
                failures.add(op.toString());
            }
        }
        return failures;
    }

    /** One media type of one 2xx response of an operation. */
    private record SuccessMedia(String code, String mediaType, Map<?, ?> media) {
    }

    private static List<SuccessMedia> successMedia(Operation op) {
        List<SuccessMedia> found = new ArrayList<>();
        if (op.spec().get("responses") instanceof Map<?, ?> responses) {
            responses.forEach((code, response) -> {
                if (String.valueOf(code).startsWith("2") && response instanceof Map<?, ?> r
                        && r.get("content") instanceof Map<?, ?> content) {
                    content.forEach((type, media) -> found.add(new SuccessMedia(String.valueOf(code),
                            String.valueOf(type), media instanceof Map<?, ?> m ? m : Map.of())));
                }
            });
        }
        return found;
    }

    /**
     * Every 2xx response that has content gives a schema for each of its media types, and not an empty one. An
     * {@code @APIResponse} whose {@code @Content} carries only examples replaces the schema SmallRye would infer from
     * the return type, and a method that returns {@code Response} gets {@code schema: {}}: clients generated from
     * the document then expect no body, or an untyped one.
     */
    public static void assertEverySuccessResponseHasASchema() {
        List<String> failures = successResponsesWithoutASchema(document());
        if (!failures.isEmpty()) {
            fail("Success responses without a schema:\n" + String.join("\n", failures));
        }
    }

    /** The 2xx responses of an OpenAPI document's operations that give no schema, or an empty one. */
    public static List<String> successResponsesWithoutASchema(Map<String, Object> document) {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations(document)) {
            for (SuccessMedia m : successMedia(op)) {
                Object schema = m.media().get("schema");
                if (schema == null) {
                    failures.add(op + " " + m.code() + " " + m.mediaType() + " has no schema");
                } else if (schema instanceof Map<?, ?> map && map.isEmpty()) {
                    failures.add(op + " " + m.code() + " " + m.mediaType() + " has an empty schema {}");
                }
            }
        }
        return failures;
    }

    /**
     * No schema anywhere in the document is empty ({@code {}}): not a response's, a request body's or a
     * parameter's, nor a property, array item or alternative inside a component. SmallRye writes {@code {}} for
     * {@code Object}, so a {@code Page<Object>} documents untyped items.
     */
    public static void assertNoSchemaIsEmpty() {
        List<String> failures = emptySchemas(document());
        if (!failures.isEmpty()) {
            fail("Empty schemas ({}):\n" + String.join("\n", failures));
        }
    }

    /** Where an OpenAPI document has an empty schema, as JSON pointers. */
    public static List<String> emptySchemas(Map<String, Object> document) {
        List<String> found = new ArrayList<>();
        findSchemas(document, "#", found);
        return found;
    }

    /** Walks the document outside schemas: every {@code schema} value and every component schema is one. */
    private static void findSchemas(Object node, String pointer, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (key.equals("example") || key.equals("examples")) {
                    return;
                }
                if (key.equals("schema")) {
                    checkSchema(v, at, found);
                } else if (key.equals("schemas") && pointer.equals("#/components") && v instanceof Map<?, ?> named) {
                    named.forEach((name, schema) -> checkSchema(schema, at + "/" + name, found));
                } else {
                    findSchemas(v, at, found);
                }
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                findSchemas(list.get(i), pointer + "/" + i, found);
            }
        }
    }

    private static void checkSchema(Object schema, String pointer, List<String> found) {
        if (!(schema instanceof Map<?, ?> map)) {
            return; // a boolean schema says what it means
        }
        if (map.isEmpty()) {
            found.add(pointer);
            return;
        }
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            String at = pointer + "/" + key;
            if (SCHEMA_KEYWORDS.contains(key)) {
                checkSchema(v, at, found);
            } else if (SCHEMA_LIST_KEYWORDS.contains(key) && v instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    checkSchema(list.get(i), at + "/" + i, found);
                }
            } else if (SCHEMA_MAP_KEYWORDS.contains(key) && v instanceof Map<?, ?> named) {
                named.forEach((name, sub) -> checkSchema(sub, at + "/" + name, found));
            }
        });
    }

    /**
     * Every schema has one clear name. When two types claim the same {@code @Schema(name)} (or a type's simple name),
     * SmallRye keeps the name for the first and calls the other {@code Name1}: the generated client then has a
     * {@code Name1} type, and which of the two gets the plain name can change with scanning order.
     */
    public static void assertNoSchemaNameClashes() {
        List<String> clashes = schemaNameClashes(document());
        if (!clashes.isEmpty()) {
            fail("Schema names that clash (give one of the types another @Schema(name)):\n"
                    + String.join("\n", clashes));
        }
    }

    /** The component schemas named like a clash: {@code Name1}, {@code Name2}... beside a schema {@code Name}. */
    @SuppressWarnings("unchecked")
    public static List<String> schemaNameClashes(Map<String, Object> document) {
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        Map<String, Object> schemas = components == null ? null : (Map<String, Object>) components.get("schemas");
        if (schemas == null) {
            return List.of();
        }
        List<String> clashes = new ArrayList<>();
        for (String name : schemas.keySet()) {
            Matcher m = NUMBERED.matcher(name);
            if (m.matches() && schemas.containsKey(m.group(1))) {
                clashes.add(name + " clashes with " + m.group(1));
            }
        }
        return clashes;
    }

    /**
     * Every schema named {@code *Page} has exactly the fields of the platform's {@code Page} record, with
     * {@code items} an array. Such schemas are documentation-only types (ReferralPage, CasePage, AuditEntryPage...)
     * that stand in for {@code Page<T>}, which {@code @Schema(implementation)} cannot name; nothing but this check
     * keeps them in step with what the services really answer.
     */
    public static void assertEveryDocumentedPageMirrorsPage() {
        List<String> failures = pagesThatDoNotMirror(document(), platformPage());
        if (!failures.isEmpty()) {
            fail("Page schemas that do not mirror " + PAGE_TYPE + ":\n" + String.join("\n", failures));
        }
    }

    /**
     * The platform's page record, found by name: this module cannot depend on the platform, whose own tests use it,
     * but every service that runs the contract has it.
     */
    private static Class<?> platformPage() {
        try {
            return Class.forName(PAGE_TYPE, false, ApiContract.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(PAGE_TYPE + " is not on the class path; has it moved?", e);
        }
    }

    /** The schemas named {@code *Page} in an OpenAPI document that do not have exactly the fields of a page record. */
    @SuppressWarnings("unchecked")
    public static List<String> pagesThatDoNotMirror(Map<String, Object> document, Class<?> pageType) {
        if (!pageType.isRecord()) {
            throw new IllegalArgumentException(pageType + " is not a record");
        }
        Set<String> pageFields = new TreeSet<>(
                Arrays.stream(pageType.getRecordComponents()).map(RecordComponent::getName).toList());
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        Map<String, Object> schemas = components == null ? null : (Map<String, Object>) components.get("schemas");
        if (schemas == null) {
            return List.of();
        }
        List<String> failures = new ArrayList<>();
        schemas.keySet().stream().filter(name -> name.endsWith("Page")).sorted().forEach(name -> {
            Object schema = schemas.get(name);
            Object properties = schema instanceof Map<?, ?> map ? map.get("properties") : null;
            if (!(properties instanceof Map<?, ?> fields)) {
                failures.add(name + " has no properties; " + pageType.getSimpleName() + " has " + pageFields);
                return;
            }
            Set<String> names = new TreeSet<>();
            fields.keySet().forEach(k -> names.add(String.valueOf(k)));
            if (!names.equals(pageFields)) {
                failures.add(name + " has " + names + "; " + pageType.getSimpleName() + " has " + pageFields);
            }
            Object items = fields.get("items");
            if (names.contains("items") && !(items instanceof Map<?, ?> i && "array".equals(i.get("type")))) {
                failures.add(name + ".items is not an array");
            }
        });
        return failures;
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
    static String exampleOf(Map<String, Object> body) {
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
