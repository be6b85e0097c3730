package dev.avrr.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.avrr.platform.events.EventEnvelope;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes outbox events to Kafka in commit order, waits for the broker's acknowledgement, then marks them.
 * <ul>
 * <li>Woken by every commit that adds an event; polls only as the fallback (events of another instance).</li>
 * <li>Per-key order: one relay per database at a time (a transaction-scoped advisory lock, so two instances of
 * a service are safe), rows in outbox order, and only the acknowledged prefix of a batch is marked.</li>
 * <li>A broker that is down: nothing is marked, the relay backs off and retries; the service keeps writing
 * its outbox and so keeps accepting requests.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock that admits one relay per service database ("AVRR" in ASCII). */
    private static final long RELAY_LOCK = 0x41565252L;

    private static final String SELECT = "SELECT position, event_id, topic, record_key, payload, trace_parent FROM outbox_event "
            + "WHERE published_at IS NULL ORDER BY position LIMIT ?";
    private static final String MARK = "UPDATE outbox_event SET published_at = now(), attempts = attempts + 1 "
            + "WHERE position = ANY (?)";
    private static final String FAILED = "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? "
            + "WHERE position = ?";

    @Inject
    DataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    private final Semaphore signal = new Semaphore(0);
    private final AtomicLong publishedTotal = new AtomicLong();
    private final AtomicLong consecutiveFailures = new AtomicLong();
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;

    private record Pending(long position, String eventId, String topic, String key, String payload,
            String traceParent) {
    }

    void onStart(@Observes StartupEvent event) {
        Gauge.builder("avrr.outbox.published", publishedTotal, AtomicLong::get)
                .description("Events this instance's relay published since start").register(metrics);
        Gauge.builder("avrr.outbox.failing", consecutiveFailures, AtomicLong::get)
                .description("Consecutive failed relay attempts (0 when the broker answers)").register(metrics);
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        producer = new KafkaProducer<>(producerProperties());
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        signal.release();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Called after a commit that added events: publish them now rather than at the next poll. */
    public void wake() {
        signal.release();
    }

    private void loop() {
        Duration backoff = config.initialBackoff();
        while (running) {
            try {
                int published = relayBatch();
                backoff = config.initialBackoff();
                consecutiveFailures.set(0);
                if (published < config.batchSize()) {
                    signal.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    signal.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                long failures = consecutiveFailures.incrementAndGet();
                if (failures == 1 || failures % 20 == 0) {
                    LOG.warnf("Outbox relay could not publish (%s, %d attempts in a row); retrying with back-off",
                            reason(e), failures);
                }
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    /** Publishes one batch; returns how many events were acknowledged and marked. */
    int relayBatch() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!tryLock(c)) {
                    c.rollback();
                    return 0;
                }
                List<Pending> batch = pending(c);
                if (batch.isEmpty()) {
                    c.commit();
                    return 0;
                }
                Exception sendFailure = null;
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                try {
                    for (Pending p : batch) {
                        ProducerRecord<String, String> record = new ProducerRecord<>(p.topic(), p.key(), p.payload());
                        record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes());
                        if (p.traceParent() != null) {
                            // The trace of the transaction that wrote the event (docs/architecture.md#traces): the
                            // consumers' spans join it.
                            record.headers().add("traceparent", p.traceParent().getBytes(StandardCharsets.US_ASCII));
                        }
                        sent.add(producer.send(record));
                    }
                } catch (Exception e) {
                    sendFailure = e;
                }
                Acknowledged result = acknowledgedPrefix(sent, sendFailure,
                        System.nanoTime() + config.ackTimeout().toNanos());
                int acknowledged = result.count();
                Exception failure = result.failure();
                mark(c, batch.subList(0, acknowledged));
                if (failure != null) {
                    recordFailure(c, batch.get(acknowledged), failure);
                    c.commit();
                    publishedTotal.addAndGet(acknowledged);
                    throw failure;
                }
                c.commit();
                publishedTotal.addAndGet(acknowledged);
                return acknowledged;
            } catch (Exception e) {
                safeRollback(c);
                throw e;
            }
        }
    }

    /** How many records, from the first, the broker acknowledged, and what stopped the rest. */
    record Acknowledged(int count, Exception failure) {
    }

    /**
     * The acknowledged prefix of a batch: every record handed to the producer is awaited in order, even when a
     * later send failed, so an acknowledged record is marked and not sent again; the first unacknowledged
     * record and everything after it stay pending, which keeps per-key order.
     */
    static Acknowledged acknowledgedPrefix(List<Future<RecordMetadata>> sent, Exception sendFailure,
            long deadlineNanos) {
        int count = 0;
        for (Future<RecordMetadata> f : sent) {
            try {
                f.get(Math.max(1, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
                count++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Acknowledged(count, e);
            } catch (Exception e) {
                return new Acknowledged(count, e);
            }
        }
        return new Acknowledged(count, sendFailure);
    }

    private boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, RELAY_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private List<Pending> pending(Connection c) throws SQLException {
        List<Pending> batch = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setInt(1, config.batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    batch.add(new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return batch;
    }

    private void mark(Connection c, List<Pending> done) throws SQLException {
        if (done.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(MARK)) {
            Array positions = c.createArrayOf("bigint", done.stream().map(Pending::position).toArray());
            ps.setArray(1, positions);
            ps.executeUpdate();
        }
    }

    private void recordFailure(Connection c, Pending p, Exception failure) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FAILED)) {
            ps.setString(1, reason(failure));
            ps.setLong(2, p.position());
            ps.executeUpdate();
        }
    }

    private static void safeRollback(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // The connection is closed next; the transaction ends with it.
        }
    }

    /** A reason fit for a log line: the kind of failure, never a payload. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName();
        if (root instanceof org.apache.kafka.common.KafkaException && root.getMessage() != null) {
            text += ": " + root.getMessage();
        }
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    /**
     * The broker's security settings every Kafka client of the service shares ({@code kafka.security.protocol},
     * {@code kafka.sasl.*}, {@code kafka.ssl.*}): the relay authenticates as the service, like its consumers.
     */
    public static Map<String, String> brokerSecurity() {
        Config mp = ConfigProvider.getConfig();
        Map<String, String> settings = new TreeMap<>();
        for (String listed : mp.getPropertyNames()) {
            // A profile's key (%prod.kafka...) is read through its plain name, which resolves the active profile.
            String name = listed.startsWith("%") && listed.indexOf('.') > 0 ? listed.substring(listed.indexOf('.') + 1)
                    : listed;
            if (name.equals("kafka.security.protocol") || name.startsWith("kafka.sasl.")
                    || name.startsWith("kafka.ssl.")) {
                mp.getOptionalValue(name, String.class)
                        .ifPresent(value -> settings.put(name.substring("kafka.".length()), value));
            }
        }
        return settings;
    }

    private Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(5000, config.ackTimeout().toMillis())));
        p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        p.putAll(brokerSecurity());
        p.putAll(config.producer());
        return p;
    }
}
