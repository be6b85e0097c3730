package dev.avrr.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every string, list and integer of the four exported OpenAPI documents states its bound — {@code maxLength} (or an
 * enumeration or a constant), {@code maxItems}, {@code minimum} and {@code maximum} — as Spectral's OWASP rules
 * ask, so that an integrator's linter finds a limit everywhere; the platform enforces each (ApiLimits).
 */
class OpenApiLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> services() {
        return Project.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyStringListAndIntegerStatesItsBound(String service) throws Exception {
        JsonNode doc = JSON.readTree(Files.readString(OpenApiExamplesTest.documentOf(service)));
        List<String> unbounded = new ArrayList<>();
        walk(doc.path("paths"), "#/paths", unbounded);
        walk(doc.path("components"), "#/components", unbounded);
        assertEquals(List.of(), unbounded, service + ": schemas without a bound");
    }

    private static void walk(JsonNode node, String where, List<String> unbounded) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, unbounded);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        // An example is data, not a schema.
        if (where.endsWith("/example") || where.endsWith("/examples")) {
            return;
        }
        // A reference is bounded where it is defined (its component is checked in turn).
        if (node.has("$ref")) {
            return;
        }
        List<String> types = new ArrayList<>();
        JsonNode type = node.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        if (types.contains("string") && !node.has("maxLength") && !node.has("enum") && !node.has("const")) {
            unbounded.add(where + " (string without maxLength)");
        }
        if (types.contains("array") && !node.has("maxItems")) {
            unbounded.add(where + " (array without maxItems)");
        }
        if (types.contains("integer") && !(node.has("maximum") && node.has("minimum"))) {
            unbounded.add(where + " (integer without minimum and maximum)");
        }
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            walk(f.getValue(), where + "/" + f.getKey(), unbounded);
        }
    }
}
