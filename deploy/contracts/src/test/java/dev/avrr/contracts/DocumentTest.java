package dev.avrr.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.avrr.vocabulary.events.ReferralPerson;

/** (a) The document parses, is AsyncAPI 3.0, every reference resolves, and it holds together. */
class DocumentTest {

    private static final Set<String> ROOT_FIELDS = Set.of("asyncapi", "id", "info", "servers", "defaultContentType",
            "channels", "operations", "components");

    private final Doc doc = Doc.load();

    @Test
    void theJarCarriesTheModulesDocumentAndItIsAsyncApi30() throws IOException {
        byte[] file = Files.readAllBytes(Project.root().resolve("deploy/contracts/asyncapi.yaml"));
        try (InputStream in = AsyncApiContract.class.getResourceAsStream(AsyncApiContract.RESOURCE)) {
            assertTrue(in != null, "asyncapi.yaml is on the classpath next to AsyncApiContract");
            assertEquals(new String(file), new String(in.readAllBytes()), "the packaged document is the module's file");
        }
        assertTrue(doc.root.path("asyncapi").asText().matches("3\\.0\\.[0-9]+"), "asyncapi: 3.0.x");
        assertFalse(doc.root.path("info").path("title").asText().isBlank());
        assertFalse(doc.root.path("info").path("version").asText().isBlank());
        Set<String> unknown = new TreeSet<>(Doc.fields(doc.root).keySet());
        unknown.removeAll(ROOT_FIELDS);
        assertEquals(Set.of(), unknown, "only AsyncAPI 3.0 root fields");
        AsyncApiContract contract = AsyncApiContract.load();
        assertEquals(46, contract.eventTypes().size(), "46 event types");
        assertEquals(Set.of("avrr.referral", "avrr.case", "avrr.grant", "avrr.monitoring", "avrr.dlq.referral-service",
                "avrr.dlq.case-service", "avrr.dlq.grant-service", "avrr.dlq.monitoring-service"), contract.topics());
    }

    @Test
    void aDocumentOfAnotherVersionIsRefused() throws IOException {
        ObjectNode other = (ObjectNode) doc.root.deepCopy();
        other.put("asyncapi", "2.6.0");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AsyncApiContract.load(yaml(other)));
        assertTrue(e.getMessage().contains("AsyncAPI 3.0"), e.getMessage());
    }

    @Test
    void everyReferenceResolves() throws IOException {
        List<String> refs = new ArrayList<>();
        doc.walk().forEach((pointer, node) -> {
            if (node.isObject() && node.has("$ref")) {
                refs.add(node.get("$ref").asText());
            }
        });
        assertTrue(refs.size() > 300, "the walk sees the document's references (" + refs.size() + ")");
        assertEquals(List.of(), AsyncApiContract.unresolvedReferences(doc.root));
        refs.forEach(ref -> assertFalse(doc.deref(JsonNodeFactory.instance.objectNode().put("$ref", ref)).isMissingNode(), ref));

        // The check is real: a reference to nowhere is reported, and such a document is refused.
        ObjectNode broken = (ObjectNode) doc.root.deepCopy();
        ((ObjectNode) broken.at("/components/schemas/CaseProgressed/properties/status")).put("$ref",
                "#/components/schemas/Kinship");
        assertEquals(List.of("#/components/schemas/Kinship"), AsyncApiContract.unresolvedReferences(broken));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AsyncApiContract.load(yaml(broken)));
        assertTrue(e.getMessage().contains("#/components/schemas/Kinship"), e.getMessage());
    }

    @Test
    void operationsReferToTheirChannelAndItsMessages() {
        Set<String> channelIds = doc.channels().keySet();
        assertEquals(18, doc.operations().size(), "a send per producer, a receive per consumer and topic, a send per"
                + " dead-letter topic");
        doc.operations().forEach((id, op) -> {
            String action = op.path("action").asText();
            assertTrue(action.equals("send") || action.equals("receive"), id + ": action send or receive");
            String channelRef = op.path("channel").path("$ref").asText();
            assertTrue(channelRef.startsWith("#/channels/"), id + ": channel is a reference to a channel");
            String channelId = channelRef.substring("#/channels/".length());
            assertTrue(channelIds.contains(channelId), id + ": channel " + channelId + " exists");
            op.path("messages").forEach(m -> {
                String ref = m.path("$ref").asText();
                assertTrue(ref.startsWith("#/channels/" + channelId + "/messages/"),
                        id + ": its messages are messages of its channel (" + ref + ")");
                assertFalse(doc.deref(m).path("name").isMissingNode(), ref);
            });
            Set<String> tags = Doc.tags(op);
            assertEquals(1, tags.size(), id + ": tagged with the one service that performs it");
            assertTrue(Project.SERVICES.containsAll(tags), id + ": tagged with a service");
            assertTrue(id.startsWith(camel(tags.iterator().next())), id + ": named after its service");
        });
    }

    @Test
    void everyComponentIsUsedAndChannelsNameMessagesAsTheComponents() {
        Set<String> refs = new HashSet<>();
        doc.walk().forEach((pointer, node) -> {
            if (node.isObject() && node.has("$ref")) {
                refs.add(node.get("$ref").asText());
            }
        });
        for (String section : List.of("messages", "schemas", "messageTraits")) {
            Doc.fields(doc.root.path("components").path(section)).keySet().forEach(name -> assertTrue(
                    refs.contains("#/components/" + section + "/" + name), "components/" + section + "/" + name
                            + " is used"));
        }
        doc.channels().forEach((id, channel) -> {
            assertFalse(channel.path("address").asText().isBlank(), id + " has an address");
            assertEquals(channel.path("address").asText(), channel.path("bindings").path("kafka").path("topic")
                    .asText(), id + ": its Kafka binding names its topic");
            assertFalse(channel.path("description").asText().isBlank(), id + " is described");
            Doc.fields(channel.path("messages")).forEach((key, m) -> assertEquals("#/components/messages/" + key,
                    m.path("$ref").asText(), id + "/" + key));
        });
    }

    @Test
    void everyMessageIsAnEventTypeThatSaysWhatItMeansAndWhoConsumesIt() {
        assertEquals(46, doc.messages().size());
        doc.messages().forEach((id, m) -> {
            String type = m.path("name").asText();
            assertTrue(type.matches("avrr\\.(referral|case|grant|monitoring)\\.[a-z][a-z0-9-]*\\.v[1-9][0-9]*"), id);
            for (String field : List.of("title", "summary", "description")) {
                assertFalse(m.path(field).asText().isBlank(), type + " has a " + field);
            }
            String description = m.path("description").asText().replaceAll("\\s+", " ");
            assertTrue(description.contains("Consumed by: "), type + " says who consumes it");
            assertEquals(Set.of(type), typeConstants(m.path("payload")), type + ": its payload's type is its name");

            String subject = m.path(AsyncApiContract.SUBJECT_FIELD).asText();
            boolean referral = type.startsWith("avrr.referral.");
            assertEquals(referral ? "referralId" : "caseId", subject, type + ": subject field");
            assertTrue(description.contains("Key and subject: the " + (referral ? "referral" : "case") + " id"),
                    type + ": says what its key and subject are");
            assertEquals(List.of("#/components/messageTraits/" + (referral ? "keyedByReferral" : "keyedByCase")),
                    m.path("traits").findValuesAsText("$ref"), type + ": keyed as its topic");
        });
        Doc.fields(doc.root.path("components").path("messageTraits")).forEach((id, trait) -> {
            assertEquals("application/cloudevents+json; charset=UTF-8", trait.path("contentType").asText());
            assertEquals("#/components/schemas/Uuid", trait.at("/bindings/kafka/key/$ref").asText(),
                    id + ": the record key is a UUID");
        });
    }

    @Test
    void everyPayloadSchemaIsClosed() {
        Set<String> open = Set.of("CloudEvent", "RecordHeaders");
        Doc.fields(doc.root.path("components").path("schemas")).forEach((name, schema) -> {
            if (schema.has("properties") && "object".equals(schema.path("type").asText()) && !open.contains(name)) {
                assertEquals(false, schema.path("additionalProperties").asBoolean(true),
                        name + " has additionalProperties: false");
            }
        });
    }

    /**
     * Nothing of the person's sealed details appears in clear anywhere in the contract: no schema has a property
     * named as a field of {@code ReferralPerson} (and its parts) or of {@code CaseSpecifics}, and the personal
     * part is an opaque string.
     */
    @Test
    void noClearPersonalFieldIsDescribed() {
        Set<String> personal = new TreeSet<>();
        collectComponentNames(ReferralPerson.class, personal);
        // Names the events use for something else: a relation code, the categories of an entitlement, and the
        // envelope's type.
        personal.removeAll(Set.of("relation", "categories", "type"));
        // The case's special categories travel sealed too: no event names its programme or household in clear.
        personal.addAll(Set.of("programme", "household"));
        assertTrue(personal.containsAll(Set.of("givenName", "familyName", "dateOfBirth", "phone", "email", "notes")),
                personal.toString());
        Set<String> found = new TreeSet<>();
        doc.walk().forEach((pointer, node) -> {
            if (pointer.endsWith("/properties") && node.isObject()) {
                node.fieldNames().forEachRemaining(f -> {
                    if (personal.contains(f)) {
                        found.add(pointer + "/" + f);
                    }
                });
            }
        });
        assertEquals(Set.of(), found, "no clear personal field in the contract");
        JsonNode sealed = doc.schema("SealedPersonal");
        assertEquals("string", sealed.path("type").asText(), "the personal part is the sealed string only");
        assertEquals("base64", sealed.path("contentEncoding").asText());
    }

    private static void collectComponentNames(Class<?> record, Set<String> names) {
        for (RecordComponent c : record.getRecordComponents()) {
            names.add(c.getName());
        }
        for (Class<?> nested : record.getDeclaredClasses()) {
            if (nested.isRecord()) {
                collectComponentNames(nested, names);
            }
        }
    }

    /** The {@code type} constants a payload schema sets, through its allOf parts (not through references). */
    private static Set<String> typeConstants(JsonNode payload) {
        Set<String> consts = new LinkedHashSet<>();
        payload.findValues("type").forEach(t -> {
            if (t.isObject() && t.has("const")) {
                consts.add(t.get("const").asText());
            }
        });
        return consts;
    }

    private static String camel(String service) {
        String[] parts = service.split("-");
        return parts[0] + Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1);
    }

    static InputStream yaml(JsonNode tree) throws IOException {
        return new ByteArrayInputStream(new YAMLMapper().writeValueAsBytes(tree));
    }
}
