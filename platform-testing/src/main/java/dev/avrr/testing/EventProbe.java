package dev.avrr.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes records on the real test broker, as another service would. */
public final class EventProbe {

    private EventProbe() {
    }

    /**
     * Waits until records matching {@code match} appear on {@code topic} (read from the beginning), and
     * returns all matching records seen by then.
     */
    public static List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> match,
            int atLeast, Duration timeout) {
        Properties p = new Properties();
        p.put("bootstrap.servers", KafkaBroker.bootstrapServers());
        p.put("group.id", "probe-" + UUID.randomUUID());
        p.put("auto.offset.reset", "earliest");
        p.put("enable.auto.commit", "false");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(r)) {
                        found.add(r);
                    }
                }
                if (found.size() >= atLeast) {
                    // One more poll to catch duplicates that arrived in the same moment.
                    consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                        if (match.test(r)) {
                            found.add(r);
                        }
                    });
                    return found;
                }
            }
        }
        return found;
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value) {
        Properties p = new Properties();
        p.put("bootstrap.servers", KafkaBroker.bootstrapServers());
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        p.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes());
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send a test record", e);
        }
    }
}
