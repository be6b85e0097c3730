package dev.avrr.platform.eventkeys;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.outbox.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads the other services' key topics ({@code avrr.<producer>.keys}) into this service's key store, in its own
 * consumer group ({@code <service>-keys}): each record in its own transaction, its offset committed only after, so
 * a key is never lost; a fault is waited out with a growing pause and the record read again. Off with
 * {@code avrr.event-keys.consume=false}.
 */
@ApplicationScoped
public class KeyTopics {

    private static final Logger LOG = Logger.getLogger(KeyTopics.class);

    @Inject
    EventKeys keys;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @ConfigProperty(name = "avrr.event-keys.consume", defaultValue = "true")
    boolean consume;

    private volatile boolean running;
    private Thread worker;

    void onStart(@Observes StartupEvent event) {
        if (!consume) {
            LOG.info("Key topics not read on this instance");
            return;
        }
        running = true;
        worker = new Thread(this::loop, "key-topics");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The key topics this service reads: every other producer's. */
    public List<String> topics() {
        String own = service.replaceFirst("-service$", "");
        return EventTypes.producers().stream().filter(p -> !p.equals(own)).map(EventTypes::keyTopicOf).toList();
    }

    private void loop() {
        long pause = 200;
        while (running) {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties())) {
                consumer.subscribe(topics());
                while (running) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, String> record : records) {
                        String producer = record.topic().substring("avrr.".length(), record.topic().length()
                                - ".keys".length());
                        QuarkusTransaction.requiringNew()
                                .run(() -> keys.receive(producer, UUID.fromString(record.key()), record.value()));
                        consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1)));
                    }
                    pause = 200;
                }
            } catch (org.apache.kafka.common.errors.InterruptException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // Never the record's content: it is a key.
                LOG.warnf("Key topics could not be read (%s); reading again in %d ms", e.getClass().getSimpleName(),
                        pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = Math.min(pause * 2, 10_000);
            }
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, service + "-keys");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, service + "-keys");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        p.putAll(OutboxRelay.brokerSecurity());
        return p;
    }
}
