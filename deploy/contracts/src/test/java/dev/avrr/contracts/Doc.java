package dev.avrr.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The AsyncAPI document as a tree, with the few look-ups the tests need. */
final class Doc {

    final JsonNode root;

    private Doc(JsonNode root) {
        this.root = root;
    }

    /** The document as the jar carries it (the classpath resource, not the file). */
    static Doc load() {
        try (InputStream in = AsyncApiContract.class.getResourceAsStream(AsyncApiContract.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("asyncapi.yaml is not on the classpath next to AsyncApiContract");
            }
            return new Doc(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node a {@code $ref} points to (within the document), or the node itself if it is not a reference. */
    JsonNode deref(JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/") || ++hops > 20) {
                throw new IllegalStateException("Unresolvable reference " + ref);
            }
            node = root.at(JsonPointer.compile(ref.substring(1)));
            if (node.isMissingNode()) {
                throw new IllegalStateException("Unresolved reference " + ref);
            }
        }
        return node;
    }

    /** The name of the schema a node refers to ({@code #/components/schemas/X} → X), or null. */
    static String refName(JsonNode node) {
        JsonNode ref = node == null ? null : node.get("$ref");
        if (ref == null || !ref.asText().startsWith("#/components/schemas/")) {
            return null;
        }
        return ref.asText().substring("#/components/schemas/".length());
    }

    JsonNode schema(String name) {
        JsonNode s = root.path("components").path("schemas").path(name);
        if (s.isMissingNode()) {
            throw new AssertionError("The contract has no schema " + name);
        }
        return s;
    }

    /** Channel id → the channel. */
    Map<String, JsonNode> channels() {
        return fields(root.path("channels"));
    }

    Map<String, JsonNode> operations() {
        return fields(root.path("operations"));
    }

    /** The address of the channel an operation (or any node with a channel reference) refers to. */
    String addressOf(JsonNode channelRef) {
        return deref(channelRef).path("address").asText();
    }

    /** The event types (message names) a list or map of message references stands for. */
    Set<String> typesOf(JsonNode messages) {
        Set<String> types = new LinkedHashSet<>();
        messages.elements().forEachRemaining(m -> types.add(deref(m).path("name").asText()));
        return types;
    }

    /** The event types of the channel with this address. */
    Set<String> typesOfTopic(String topic) {
        return channels().values().stream().filter(c -> c.path("address").asText().equals(topic)).findFirst()
                .map(c -> typesOf(c.path("messages"))).orElseThrow(() -> new AssertionError("No channel " + topic));
    }

    /** Message component id → message. */
    Map<String, JsonNode> messages() {
        return fields(root.path("components").path("messages"));
    }

    /** The message named after an event type. */
    JsonNode message(String type) {
        return messages().values().stream().filter(m -> m.path("name").asText().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("No message " + type));
    }

    /** The tag names of an operation. */
    static Set<String> tags(JsonNode operation) {
        Set<String> tags = new LinkedHashSet<>();
        operation.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        return tags;
    }

    /** Every node of the tree, depth first, with its JSON pointer. */
    Map<String, JsonNode> walk() {
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        walk(root, "", nodes);
        return nodes;
    }

    private static void walk(JsonNode node, String pointer, Map<String, JsonNode> nodes) {
        nodes.put(pointer, node);
        if (node.isObject()) {
            node.properties().forEach(e -> walk(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0")
                    .replace("/", "~1"), nodes));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, nodes);
            }
        }
    }

    static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
