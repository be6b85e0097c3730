package dev.avrr.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * (b) The contract and the code agree: every event type the services' main sources name is a message, every message
 * is emitted by its producing service, and the operations are what the services' configuration and consumers do.
 */
class SourcesTest {

    private static final Pattern TYPE_LITERAL = Pattern.compile("\"(avrr\\.[a-z]+\\.[a-z-]+\\.v[0-9]+)\"");
    private static final Pattern TYPE_CONSTANT = Pattern.compile(
            "static\\s+final\\s+String\\s+([A-Z_][A-Z0-9_]*)\\s*=\\s*\"(avrr\\.[a-z]+\\.[a-z-]+\\.v[0-9]+)\"");
    private static final Pattern SEALED = Pattern.compile("(?:createWithPersonal|accessParts\\.contribute)\\(\\s*([A-Z][A-Za-z0-9]*\\.[A-Z_][A-Z0-9_]*)");

    private final AsyncApiContract contract = AsyncApiContract.load();
    private final Doc doc = Doc.load();
    /** The main sources of the vocabulary (which holds the event type constants), the platform and the services. */
    private final Map<Path, String> sources = Project.mainSources().entrySet().stream()
            .filter(e -> e.getKey().startsWith("vocabulary/src/main/java") || e.getKey().startsWith("platform/src/main/java")
                    || Project.SERVICES.stream().anyMatch(s -> e.getKey().startsWith(s + "/src/main/java")))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));

    @Test
    void everyEventTypeInTheSourcesIsAMessageAndEveryMessageIsInTheSources() {
        Set<String> inSources = new TreeSet<>();
        sources.values().forEach(s -> {
            Matcher m = TYPE_LITERAL.matcher(Project.withoutComments(s));
            while (m.find()) {
                inSources.add(m.group(1));
            }
        });
        assertTrue(inSources.size() >= 29, "the scan finds the event types (" + inSources.size() + ")");
        Set<String> missing = new TreeSet<>(inSources);
        missing.removeAll(contract.eventTypes());
        assertEquals(Set.of(), missing, "event types in the sources that the contract lacks");
        Set<String> stale = new TreeSet<>(contract.eventTypes());
        stale.removeAll(inSources);
        assertEquals(Set.of(), stale, "messages of the contract that no source names (stale)");
    }

    /** A message is emitted when its producing service uses it: the constant that holds it, or the literal. */
    @Test
    void everyMessageIsUsedByTheServiceThatProducesIt() {
        Map<String, Set<String>> constants = constants();
        for (String type : contract.eventTypes()) {
            String producer = Project.producerOf(type);
            String code = code(producer);
            Set<String> names = constants.getOrDefault(type, Set.of());
            boolean used = code.contains("\"" + type + "\"") || names.stream().anyMatch(code::contains);
            assertTrue(used, type + " is used in " + producer + "'s main sources (as " + names + " or literally)");
            assertTrue(contract.topicsOf(type).contains("avrr." + type.split("\\.")[1]),
                    type + " is a message of its producer's topic");
        }
    }

    /** Exactly the types the services seal a person's details into carry the sealed personal part. */
    @Test
    void thePersonalPartIsWhereTheServicesSealIt() {
        Map<String, String> typeOfConstant = new LinkedHashMap<>();
        constants().forEach((type, names) -> names.forEach(n -> typeOfConstant.put(n, type)));
        Set<String> sealedInCode = new TreeSet<>();
        sources.values().forEach(s -> {
            Matcher m = SEALED.matcher(Project.withoutComments(s));
            while (m.find()) {
                String type = typeOfConstant.get(m.group(1));
                assertTrue(type != null, "createWithPersonal takes a known event type constant: " + m.group(1));
                sealedInCode.add(type);
            }
        });
        assertEquals(Set.of("avrr.referral.accepted.v1", "avrr.case.registered.v1", "avrr.case.approved.v1",
                "avrr.case.return-completed.v1", "avrr.grant.allocated.v1", "avrr.grant.conversion-made.v1",
                "avrr.grant.disbursement-approved.v1", "avrr.grant.disbursement-paid.v1",
                "avrr.monitoring.feedback-shared.v1", "avrr.case.person-rectified.v1",
                "avrr.referral.access-part-assembled.v1", "avrr.grant.access-part-assembled.v1",
                "avrr.monitoring.access-part-assembled.v1"), sealedInCode,
                "the code seals a person, or what tells of a person's programme or health, into these types");
        Set<String> sealedInContract = new TreeSet<>();
        for (String type : contract.eventTypes()) {
            if (reachableSchemas(doc.message(type).path("payload")).contains("SealedPersonal")) {
                sealedInContract.add(type);
            }
        }
        assertEquals(sealedInCode, sealedInContract, "the contract describes data.personal exactly there");
    }

    @Test
    void eachServiceSendsItsOwnTopicAndItsDeadLetters() {
        for (String service : Project.SERVICES) {
            assertEquals(Set.of(), Project.outgoingChannelKeys(service), service
                    + " publishes through the outbox relay, not a connector channel: the contract models that");
            String ownTopic = "avrr." + service.replace("-service", "");
            Set<String> dlqs = Project.incomingChannels(service).values().stream()
                    .map(c -> c.get("dead-letter-queue.topic")).collect(Collectors.toCollection(TreeSet::new));
            Set<String> expected = new TreeSet<>(dlqs);
            expected.add(ownTopic);

            Map<String, JsonNode> sends = operations(service, "send");
            Set<String> sent = sends.values().stream().map(op -> doc.addressOf(op.path("channel")))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, sent, service + " sends its own topic and its dead letters");
            assertEquals(expected.size(), sends.size(), service + ": one send operation per topic");
            sends.forEach((id, op) -> {
                String topic = doc.addressOf(op.path("channel"));
                if (topic.equals(ownTopic)) {
                    assertEquals(doc.typesOfTopic(topic), doc.typesOf(op.path("messages")),
                            id + " sends every message of its topic");
                }
            });
        }
    }

    @Test
    void eachServiceReceivesWhatItsConfigurationSubscribesToAndItsConsumersHandle() {
        Map<String, Set<String>> constants = constants();
        int receives = 0;
        for (String service : Project.SERVICES) {
            Map<String, Map<String, String>> incoming = Project.incomingChannels(service);
            Map<String, JsonNode> ops = operations(service, "receive");
            assertEquals(incoming.size(), ops.size(), service + ": one receive operation per incoming channel");
            Set<String> dlqMessages = new TreeSet<>();
            String code = code(service);
            for (Map.Entry<String, Map<String, String>> channel : incoming.entrySet()) {
                Map<String, String> config = channel.getValue();
                String topic = config.get("topic");
                assertEquals("smallrye-kafka", config.get("connector"), service + "/" + channel.getKey());
                JsonNode op = ops.values().stream().filter(o -> doc.addressOf(o.path("channel")).equals(topic))
                        .findFirst().orElseThrow(() -> new AssertionError(service + " has no receive operation on "
                                + topic));
                receives++;
                assertEquals(config.get("group.id"), op.at("/bindings/kafka/groupId/const").asText(),
                        service + " on " + topic + ": the consumer group");
                assertTrue(op.path("description").asText().contains("`" + channel.getKey() + "`"),
                        service + " on " + topic + ": the description names the channel " + channel.getKey());

                // The messages the consumer acts on: the types of that topic its sources name.
                Set<String> handled = new TreeSet<>();
                for (String type : doc.typesOfTopic(topic)) {
                    if (code.contains("\"" + type + "\"")
                            || constants.getOrDefault(type, Set.of()).stream().anyMatch(code::contains)) {
                        handled.add(type);
                    }
                }
                assertFalse(handled.isEmpty(), service + " handles something of " + topic);
                assertEquals(handled, new TreeSet<>(doc.typesOf(op.path("messages"))),
                        service + " on " + topic + ": the messages it acts on");

                assertEquals("park-poison", config.get("failure-strategy"), service + "/" + channel.getKey());
                assertEquals("avrr.dlq." + service, config.get("dead-letter-queue.topic"),
                        service + "/" + channel.getKey());
                dlqMessages.addAll(doc.typesOfTopic(topic));
            }
            assertEquals(dlqMessages, new TreeSet<>(doc.typesOfTopic("avrr.dlq." + service)),
                    "avrr.dlq." + service + " holds the messages of every topic " + service + " consumes");
        }
        assertEquals(10, receives, "ten consumers in all");
    }

    // --------------------------------------------------------------------------------------------------------

    /** The operations a service performs (by its tag) with an action. */
    private Map<String, JsonNode> operations(String service, String action) {
        Map<String, JsonNode> ops = new LinkedHashMap<>();
        doc.operations().forEach((id, op) -> {
            if (Doc.tags(op).contains(service) && op.path("action").asText().equals(action)) {
                ops.put(id, op);
            }
        });
        return ops;
    }

    /** Event type → the constants that hold it, as {@code Class.NAME} (the class is the file's). */
    private Map<String, Set<String>> constants() {
        Map<String, Set<String>> byType = new LinkedHashMap<>();
        sources.forEach((path, source) -> {
            String owner = path.getFileName().toString().replace(".java", "");
            Matcher m = TYPE_CONSTANT.matcher(Project.withoutComments(source));
            while (m.find()) {
                byType.computeIfAbsent(m.group(2), t -> new TreeSet<>()).add(owner + "." + m.group(1));
            }
        });
        return byType;
    }

    /** A module's main sources in one text, without comments. */
    private String code(String module) {
        return sources.entrySet().stream().filter(e -> e.getKey().startsWith(module + "/src/main/java"))
                .map(e -> Project.withoutComments(e.getValue())).collect(Collectors.joining("\n"));
    }

    /** The names of every component schema reachable from a node through references. */
    private Set<String> reachableSchemas(JsonNode node) {
        Set<String> seen = new TreeSet<>();
        reach(node, seen);
        return seen;
    }

    private void reach(JsonNode node, Set<String> seen) {
        String name = Doc.refName(node);
        if (name != null) {
            if (seen.add(name)) {
                reach(doc.schema(name), seen);
            }
            return;
        }
        List<JsonNode> children = new java.util.ArrayList<>();
        node.elements().forEachRemaining(children::add);
        children.forEach(c -> reach(c, seen));
    }
}
