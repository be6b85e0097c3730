package dev.avrr.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.vocabulary.events.MonitoringMilestone;
import dev.avrr.vocabulary.events.ReferralPerson;

/**
 * (c) Events built with the platform's own code, as the services build them (their application name, their JSON
 * configuration, {@code Events.create} and {@code Events.createWithPersonal}), are valid against the contract: on
 * their topic and on every dead-letter topic that may hold them. And the consumers' side reads them back.
 */
class PlatformEventsTest {

    private static final AsyncApiContract CONTRACT = AsyncApiContract.load();
    private static final Map<String, Events> EVENTS = new HashMap<>();

    static Stream<Samples.Sample> fullSamples() {
        return Samples.full().stream();
    }

    static Stream<Samples.Sample> minimalSamples() {
        return Samples.minimal().stream();
    }

    /** The event as the producing service writes it to its outbox, in JSON. */
    static String json(Samples.Sample sample) {
        Events events = events(Project.producerOf(sample.type()));
        return events.toJson(envelope(sample));
    }

    static EventEnvelope envelope(Samples.Sample sample) {
        Events events = events(Project.producerOf(sample.type()));
        String key = sample.subject().toString();
        return sample.personal() == null ? events.create(sample.type(), key, sample.data())
                : events.createWithPersonal(sample.type(), key, sample.data(), sample.personal());
    }

    static synchronized Events events(String service) {
        return EVENTS.computeIfAbsent(service, ServiceEvents::of);
    }

    @Test
    void theSamplesCoverEveryEventTypeAndEveryPayloadRecord() {
        assertEquals(new TreeSet<>(CONTRACT.eventTypes()),
                Samples.full().stream().map(Samples.Sample::type).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(new TreeSet<>(CONTRACT.eventTypes()),
                Samples.minimal().stream().map(Samples.Sample::type).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(new TreeSet<>(ContractRecordsTest.names(ContractRecordsTest.payloadRecords())),
                Samples.full().stream().map(s -> s.data().getClass().getSimpleName())
                        .collect(Collectors.toCollection(TreeSet::new)),
                "every payload record of the contract package is built");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullSamples")
    void anEventWithEveryFieldIsValidOnItsTopicAndItsDeadLetterTopics(Samples.Sample sample) {
        String json = json(sample);
        String topic = EventTypes.topicOf(sample.type());
        assertEquals(List.of(), CONTRACT.violations(topic, json), json);
        Set<String> topics = CONTRACT.topicsOf(sample.type());
        assertTrue(topics.contains(topic));
        for (String t : topics) {
            assertEquals(List.of(), CONTRACT.violations(t, json), sample.type() + " on " + t);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("minimalSamples")
    void anEventWithOnlyItsRequiredFieldsIsValidAndWritesNoNull(Samples.Sample sample) throws Exception {
        String json = json(sample);
        assertEquals(List.of(), CONTRACT.violations(EventTypes.topicOf(sample.type()), json), json);
        JsonNode tree = new ObjectMapper().readTree(json);
        assertFalse(json.contains("null"), "the services leave out what has no value: " + json);
        assertFalse(tree.has("personalkeyid") && sample.personal() == null);
    }

    /** What the contract accepts, the consumers read: the platform parses it and gives back the same payload. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fullSamples")
    void theConsumersReadBackWhatTheContractAccepts(Samples.Sample sample) {
        Events consumer = events("case-service");
        EventEnvelope read = consumer.parse(json(sample));
        assertEquals(sample.type(), read.type());
        assertEquals(sample.subject().toString(), read.subject());
        assertEquals(sample.data(), consumer.data(read, sample.data().getClass()));
    }

    @Test
    void thePersonIsOnlyOnTheTopicSealed() throws Exception {
        Samples.Sample accepted = Samples.full("avrr.referral.accepted.v1");
        String json = json(accepted);
        for (String clear : List.of(Samples.GIVEN_NAME, Samples.FAMILY_NAME, Samples.IDENTITY_NUMBER, "kari@example.org",
                "givenName", "FODSELSNUMMER")) {
            assertFalse(json.contains(clear), "no clear personal data on the topic: " + clear);
        }
        JsonNode tree = new ObjectMapper().readTree(json);
        assertTrue(tree.path("data").path("personal").isTextual(), "data.personal is the sealed string");
        assertEquals(ServiceEvents.KEY_ID, tree.path("personalkeyid").asText());
        assertEquals(List.of(), CONTRACT.violations("avrr.referral", json));

        // The consumer that holds the key opens exactly the person referral-service sealed.
        Events caseService = events("case-service");
        assertEquals(Samples.person(), caseService.personal(caseService.parse(json), ReferralPerson.class).orElseThrow());
    }

    /** The services write times in UTC, whatever offset a time had in memory: the contract holds them to it. */
    @Test
    void timesAreWrittenInUtc() throws Exception {
        Events monitoring = events("monitoring-service");
        OffsetDateTime oslo = OffsetDateTime.of(2026, 6, 1, 11, 0, 0, 0, ZoneOffset.ofHours(2));
        String json = monitoring.toJson(monitoring.create(MonitoringMilestone.STARTED, Samples.CASE.toString(),
                new MonitoringMilestone(Samples.CASE, oslo)));
        assertEquals("2026-06-01T09:00:00Z", new ObjectMapper().readTree(json).path("data").path("at").asText());
        assertEquals(List.of(), CONTRACT.violations("avrr.monitoring", json));
    }
}
