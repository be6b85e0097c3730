package dev.avrr.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.contracts.AsyncApiContract;

/**
 * Every record on every AVRR topic, read from the real broker from the beginning, each checked against the AsyncAPI
 * document as it arrives. Dead-letter topics are kept apart: a journey that sends anything there has failed.
 */
final class EventLog implements AutoCloseable {

    record Event(String topic, String key, JsonNode json) {
        String type() {
            return json.path("type").asText();
        }

        String subject() {
            return json.path("subject").asText();
        }

        JsonNode data() {
            return json.path("data");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AsyncApiContract contract = AsyncApiContract.load();
    private final KafkaConsumer<String, String> consumer;
    private final Thread poller;
    private final List<Event> events = new ArrayList<>();
    private final List<Event> deadLetters = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    /** The records of the producers' key topics: not events (no envelope), tombstones among them. */
    private final List<KeyRecord> keyRecords = new ArrayList<>();

    /** A record of a key topic: its producer's topic, the subject it is keyed by, the value (null: a tombstone). */
    record KeyRecord(String topic, String subject, String value) {
    }
    private volatile boolean closing;

    EventLog(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "avrr-e2e-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(Pattern.compile("avrr\\..*"));
        poller = new Thread(this::poll, "e2e-event-log");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        try {
            while (!closing) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    record(r);
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
        }
    }

    private void record(ConsumerRecord<String, String> r) {
        if (r.topic().endsWith(".keys")) {
            synchronized (this) {
                keyRecords.add(new KeyRecord(r.topic(), r.key(), r.value()));
                notifyAll();
            }
            return;
        }
        JsonNode json;
        try {
            json = JSON.readTree(r.value());
        } catch (Exception e) {
            synchronized (this) {
                violations.add(r.topic() + ": a record that is not JSON at offset " + r.offset());
            }
            return;
        }
        Event event = new Event(r.topic(), r.key(), json);
        synchronized (this) {
            if (r.topic().startsWith("avrr.dlq.")) {
                deadLetters.add(event);
                return;
            }
            contract.violations(r.topic(), r.value()).forEach(v -> violations.add(r.topic() + ": " + v));
            if (!event.subject().isEmpty() && r.key() != null && !keyMatches(event)) {
                violations.add(r.topic() + ": " + event.type() + " keyed by neither its subject nor its case");
            }
            events.add(event);
            notifyAll();
        }
    }

    /** The record key is the case id (or the referral id before a case exists); the subject is the aggregate. */
    private static boolean keyMatches(Event e) {
        if (e.key().equals(e.subject())) {
            return true;
        }
        for (String field : List.of("caseId", "referralId")) {
            if (e.key().equals(e.data().path(field).asText(null))) {
                return true;
            }
        }
        return false;
    }

    /** Waits for the first event matching the type and the predicate. */
    synchronized Event await(String type, Predicate<Event> match, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (Event e : events) {
                if (e.type().equals(type) && match.test(e)) {
                    return e;
                }
            }
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                throw new AssertionError("no " + type + " event within " + timeout.toSeconds() + " s");
            }
            wait(left);
        }
    }

    synchronized List<Event> all() {
        return List.copyOf(events);
    }

    synchronized List<Event> deadLetters() {
        return List.copyOf(deadLetters);
    }

    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    /** Waits until a key topic carries a record for the subject that matches (a key, or its tombstone). */
    synchronized KeyRecord awaitKey(String topic, String subject, Predicate<KeyRecord> match, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (KeyRecord k : keyRecords) {
                if (k.topic().equals(topic) && subject.equals(k.subject()) && match.test(k)) {
                    return k;
                }
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new AssertionError("no such record of " + topic + " within " + timeout.toSeconds() + " s");
            }
            wait(left);
        }
    }

    @Override
    public void close() throws InterruptedException {
        closing = true;
        consumer.wakeup();
        poller.join(5000);
    }
}
