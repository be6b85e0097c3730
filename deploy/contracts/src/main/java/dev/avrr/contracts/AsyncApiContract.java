package dev.avrr.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The AsyncAPI document of AVRR's topics and events ({@code deploy/contracts/asyncapi.yaml}, carried in this jar),
 * and a validator of real events against it.
 *
 * <p>
 * An event is valid on a topic when its CloudEvents envelope has every attribute the contract requires, each
 * well-formed; its {@code type} is a message of that topic's channel; its {@code data} is valid against that
 * message's schema; and its {@code subject} is the aggregate id the message names ({@code x-subject-field}). A
 * dead-letter topic's channel lists the messages of the topics its service consumes, so a dead letter is checked
 * as the event it was.
 *
 * <p>
 * Violations are sentences that name the event type (when the type is one of the contract's) and the JSON path;
 * they never quote a value of the event, because values may be personal data. They may quote the contract's own
 * expectations (an enum's values, a pattern, a constant).
 *
 * <p>
 * Instances are immutable and safe to share between threads.
 */
public final class AsyncApiContract {

    /** The classpath location of the document, next to this class. */
    public static final String RESOURCE = "asyncapi.yaml";

    /** Where the message's extension names the field of {@code data} that holds the aggregate id (the subject). */
    public static final String SUBJECT_FIELD = "x-subject-field";

    static final String ENVELOPE_POINTER = "/components/schemas/CloudEvent";
    private static final String BASE_IRI = "https://contracts.avrr.dev/asyncapi.json";
    private static final String UNKNOWN = "Event of unknown type";

    private static final ObjectMapper EVENT_READER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonNode document;
    private final JsonSchema envelope;
    /** Topic → the message names (event types) of its channel. */
    private final Map<String, Set<String>> typesByTopic;
    /** Event type → its message. */
    private final Map<String, Message> messages;

    private record Message(String type, String pointer, JsonSchema payload, String subjectField) {
    }

    private AsyncApiContract(JsonNode document) {
        this.document = document;
        requireReferencesResolve(document);
        String asyncapi = document.path("asyncapi").asText("");
        if (!asyncapi.matches("3\\.0\\.[0-9]+")) {
            throw new IllegalStateException("Not an AsyncAPI 3.0 document (asyncapi: 3.0.x)");
        }
        // The schemas are read from the parts of the document that hold them (not its root, whose AsyncAPI fields
        // a JSON Schema reader would take for keywords); the references (#/components/...) stay the same.
        ObjectNode schemas = JsonNodeFactory.instance.objectNode();
        schemas.set("components", document.path("components"));
        schemas.set("channels", document.path("channels"));
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(schemas);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The contract cannot be written as JSON", e);
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(BASE_IRI, json))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH)
                .build();

        if (document.at(ENVELOPE_POINTER).isMissingNode()) {
            throw new IllegalStateException("The contract has no envelope schema at #" + ENVELOPE_POINTER);
        }
        this.envelope = schema(factory, config, ENVELOPE_POINTER);

        Map<String, Set<String>> byTopic = new LinkedHashMap<>();
        Map<String, Message> byType = new LinkedHashMap<>();
        Map<String, JsonSchema> payloads = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> channel : document.path("channels").properties()) {
            String topic = channel.getValue().path("address").asText(null);
            if (topic == null) {
                throw new IllegalStateException("Channel " + channel.getKey() + " has no address");
            }
            Set<String> types = new LinkedHashSet<>();
            for (Map.Entry<String, JsonNode> entry : channel.getValue().path("messages").properties()) {
                String pointer = pointerOf(entry.getValue(), "/channels/" + escape(channel.getKey()) + "/messages/"
                        + escape(entry.getKey()));
                JsonNode message = document.at(pointer);
                String type = message.path("name").asText(null);
                if (type == null) {
                    throw new IllegalStateException("Message " + pointer + " has no name (its event type)");
                }
                if (message.path("payload").isMissingNode()) {
                    throw new IllegalStateException("Message " + type + " has no payload");
                }
                Message known = byType.get(type);
                if (known != null && !known.pointer().equals(pointer)) {
                    throw new IllegalStateException("Two messages are named " + type);
                }
                if (known == null) {
                    JsonSchema payload = payloads.computeIfAbsent(pointer,
                            p -> schema(factory, config, p + "/payload"));
                    byType.put(type, new Message(type, pointer, payload, message.path(SUBJECT_FIELD).asText(null)));
                }
                types.add(type);
            }
            if (byTopic.put(topic, Collections.unmodifiableSet(types)) != null) {
                throw new IllegalStateException("Two channels have the address " + topic);
            }
        }
        this.typesByTopic = Collections.unmodifiableMap(byTopic);
        this.messages = Collections.unmodifiableMap(byType);
    }

    /** The contract as this jar carries it. */
    public static AsyncApiContract load() {
        try (InputStream in = AsyncApiContract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The classpath holds no " + RESOURCE + " next to "
                        + AsyncApiContract.class.getName());
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A contract read from an AsyncAPI 3.0 document in YAML (or JSON, which is YAML too). */
    public static AsyncApiContract load(InputStream yaml) {
        try {
            return new AsyncApiContract(new YAMLMapper().readTree(yaml));
        } catch (IOException e) {
            throw new IllegalStateException("The contract is not readable YAML", e);
        }
    }

    /**
     * What is wrong with an event read from {@code topic}: empty when it is valid. Each violation is a sentence
     * naming the event type and the JSON path, never a value of the event.
     *
     * @param topic the Kafka topic the record was read from
     * @param cloudEventJson the record's value, a CloudEvents envelope in structured JSON mode
     */
    public List<String> violations(String topic, String cloudEventJson) {
        if (cloudEventJson == null) {
            return List.of("The record has no value (a tombstone is not an event)");
        }
        JsonNode event;
        try {
            event = EVENT_READER.readTree(cloudEventJson);
        } catch (JsonProcessingException e) {
            // Jackson's message may quote the value: never pass it on.
            return List.of("The record's value is not well-formed JSON");
        }
        if (event == null || !event.isObject()) {
            return List.of("The record's value is not a JSON object (a CloudEvents envelope)");
        }
        JsonNode typeNode = event.get("type");
        Message message = typeNode != null && typeNode.isTextual() ? messages.get(typeNode.asText()) : null;
        String label = message == null ? UNKNOWN : message.type();

        Set<String> found = new LinkedHashSet<>();
        Set<String> channel = topic == null ? null : typesByTopic.get(topic);
        if (channel == null) {
            found.add("Topic " + (topic == null ? "(none)" : topic) + " is not a channel of the contract (topics: "
                    + String.join(", ", typesByTopic.keySet()) + ")");
        }
        if (typeNode != null && typeNode.isTextual() && message == null) {
            found.add(UNKNOWN + ": $.type is not an event type of the contract");
        } else if (message != null && channel != null && !channel.contains(message.type())) {
            found.add(message.type() + ": $.type is not a message of topic " + topic + "; it belongs on "
                    + String.join(", ", topicsOf(message.type())));
        }

        JsonSchema schema = message == null ? envelope : message.payload();
        found.addAll(schema.validate(event).stream().map(v -> sentence(label, v)).sorted().toList());

        if (message != null && message.subjectField() != null) {
            JsonNode subject = event.get("subject");
            JsonNode aggregate = event.path("data").get(message.subjectField());
            if (subject != null && subject.isTextual() && aggregate != null && aggregate.isTextual()
                    && !subject.asText().equals(aggregate.asText())) {
                found.add(label + ": $.subject is not the aggregate id $.data." + message.subjectField());
            }
        }
        return List.copyOf(found);
    }

    /** Every event type of the contract (its messages' names). */
    public Set<String> eventTypes() {
        return messages.keySet();
    }

    /** The event types of a topic's channel, or an empty set if the topic is not one of the contract's. */
    public Set<String> eventTypes(String topic) {
        return typesByTopic.getOrDefault(topic, Set.of());
    }

    /** Every topic of the contract (its channels' addresses), the dead-letter topics included. */
    public Set<String> topics() {
        return typesByTopic.keySet();
    }

    /** The topics whose channel lists this event type: where it is sent, and where it may end up dead-lettered. */
    public Set<String> topicsOf(String eventType) {
        return typesByTopic.entrySet().stream().filter(e -> e.getValue().contains(eventType)).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The document, as a tree (a copy: the contract itself does not change). */
    public JsonNode document() {
        return document.deepCopy();
    }

    // ----------------------------------------------------------------------------------------------------------

    private static JsonSchema schema(JsonSchemaFactory factory, SchemaValidatorsConfig config, String pointer) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE_IRI + "#" + pointer), config);
        schema.initializeValidators();
        return schema;
    }

    /** The JSON pointer a message entry stands for: its {@code $ref} if it is one, else its own place. */
    private static String pointerOf(JsonNode node, String own) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return own;
        }
        String value = ref.asText();
        if (!value.startsWith("#/")) {
            throw new IllegalStateException("Only references within the document are supported: " + value);
        }
        return value.substring(1);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Refuses a document with a {@code $ref} that points nowhere in it (or outside it). */
    static void requireReferencesResolve(JsonNode document) {
        List<String> broken = unresolvedReferences(document);
        if (!broken.isEmpty()) {
            throw new IllegalStateException("The contract has references that do not resolve: " + broken);
        }
    }

    /** Every {@code $ref} of the document that does not point to a node of the document. */
    static List<String> unresolvedReferences(JsonNode document) {
        List<String> broken = new ArrayList<>();
        collect(document, document, broken);
        return broken;
    }

    private static void collect(JsonNode root, JsonNode node, List<String> broken) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                String value = ref.asText();
                if (!value.startsWith("#/") || root.at(JsonPointer.compile(value.substring(1))).isMissingNode()) {
                    broken.add(value);
                }
            }
            node.elements().forEachRemaining(child -> collect(root, child, broken));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(root, child, broken));
        }
    }

    /** A sentence for one schema violation: the type, the path, what the contract expects; never the value. */
    static String sentence(String label, ValidationMessage v) {
        String path = v.getInstanceLocation() == null ? "$" : v.getInstanceLocation().toString();
        JsonNode expected = v.getSchemaNode();
        String keyword = v.getType() == null ? "" : v.getType();
        String problem = switch (keyword) {
            case "required" -> {
                path = child(path, v.getProperty());
                yield "is required but missing";
            }
            case "additionalProperties" -> {
                path = child(path, v.getProperty());
                yield "is not in the contract (no other fields are allowed here)";
            }
            case "false" -> "is not allowed here";
            case "type" -> "must be of JSON type " + text(expected);
            case "enum" -> "must be one of " + list(expected);
            case "const" -> "must be " + text(expected);
            case "format" -> "is not a valid " + text(expected);
            case "pattern" -> "does not match the pattern " + text(expected);
            case "minLength" -> "must be at least " + text(expected) + " characters long";
            case "maxLength" -> "must be at most " + text(expected) + " characters long";
            case "minimum" -> "must be at least " + text(expected);
            case "maximum" -> "must be at most " + text(expected);
            case "minItems" -> "must have at least " + text(expected) + " item(s)";
            case "maxItems" -> "must have at most " + text(expected) + " item(s)";
            case "propertyNames" -> {
                path = child(path, v.getProperty());
                yield "is not an allowed attribute name (" + describe(expected) + ")";
            }
            default -> "does not satisfy '" + keyword + "' of the contract";
        };
        return label + ": " + path + " " + problem;
    }

    private static String child(String path, String property) {
        if (property == null) {
            return path;
        }
        return property.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + property : path + "['" + property + "']";
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return "(see the contract)";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static String list(JsonNode node) {
        if (node == null || !node.isArray()) {
            return text(node);
        }
        Set<String> values = new TreeSet<>();
        node.forEach(n -> values.add(n.asText()));
        return String.join(", ", values);
    }

    private static String describe(JsonNode node) {
        if (node instanceof ObjectNode o && o.has("pattern")) {
            return "names must match " + o.get("pattern").asText();
        }
        return text(node);
    }

    @Override
    public String toString() {
        return "AsyncApiContract" + typesByTopic.keySet();
    }
}
