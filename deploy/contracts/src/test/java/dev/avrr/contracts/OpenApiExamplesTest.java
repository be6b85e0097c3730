package dev.avrr.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Every response example of the four exported OpenAPI documents is valid against its own schema, with properties the
 * schema does not name refused: an example that drifts from what the API answers (a renamed field, a sign the schema
 * forbids) fails the build instead of misleading an integrator.
 */
class OpenApiExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    static List<String> services() {
        return Project.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyResponseExampleIsValidAgainstItsSchema(String service) throws Exception {
        JsonNode doc = JSON.readTree(Files.readString(documentOf(service)));
        ObjectNode resource = JSON.createObjectNode();
        resource.set("components", strict(doc.path("components")));
        ArrayNode media = resource.putArray("x-media");
        List<String[]> examples = new ArrayList<>();
        List<JsonNode> values = new ArrayList<>();

        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> response : op.getValue().path("responses").properties()) {
                    if (!response.getKey().startsWith("2")) {
                        continue;
                    }
                    for (JsonNode content : response.getValue().path("content")) {
                        if (!content.has("schema")) {
                            continue;
                        }
                        media.add(strict(content.get("schema")));
                        int index = media.size() - 1;
                        for (Map.Entry<String, JsonNode> example : content.path("examples").properties()) {
                            examples.add(new String[] { op.getKey().toUpperCase() + " " + path.getKey() + " "
                                    + response.getKey() + " '" + example.getKey() + "'", String.valueOf(index) });
                            values.add(valueOf(example.getValue().path("value")));
                        }
                    }
                }
            }
        }

        String iri = "urn:avrr:openapi:" + service;
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(iri, resource.toString()))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            JsonSchema schema = factory.getSchema(SchemaLocation.of(iri + "#/x-media/" + examples.get(i)[1]), config);
            for (ValidationMessage m : schema.validate(values.get(i))) {
                failures.add(examples.get(i)[0] + ": " + m.getMessage());
            }
        }
        assertTrue(examples.size() > 20, service + " shows its answers: " + examples.size() + " examples");
        assertEquals(List.of(), failures, service + ": response examples that do not fit their schema");
    }

    /** An example written as a JSON text is the JSON it holds. */
    private static JsonNode valueOf(JsonNode value) throws Exception {
        if (value.isTextual()) {
            try {
                return JSON.readTree(value.asText());
            } catch (Exception notJson) {
                return value;
            }
        }
        return value;
    }

    /** A copy of the schema in which every object that names its properties refuses the ones it does not name. */
    static JsonNode strict(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        tighten(copy);
        return copy;
    }

    private static void tighten(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("properties") && object.get("properties").isObject() && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(OpenApiExamplesTest::tighten);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(OpenApiExamplesTest::tighten);
        }
    }

    static Path documentOf(String service) {
        return Project.root().resolve("deploy/contracts/openapi/" + service + ".json");
    }
}
