package dev.avrr.platform.probe;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.inbox.Inbox;
import dev.avrr.platform.inbox.Subscription;
import dev.avrr.platform.problem.Problems;
import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.Span;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * A test-only consumer: records each probe event's effect; fails on events marked to fail, refuses those marked
 * refused by a rule, and meets a given number of connection failures first where the event asks for them.
 */
@ApplicationScoped
public class ProbeConsumer {

    /** Subjects whose events a rule refuses, until a test lifts it (as a fix would). */
    static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

    /** How often each event's handler has failed so far. */
    static final Map<UUID, Integer> FAILED = new ConcurrentHashMap<>();

    /** The trace each probe's effect was applied in (by its key), when tracing is on. */
    static final Map<String, String> TRACES = new ConcurrentHashMap<>();

    static final Subscription SUBSCRIPTION = new Subscription("platform-test.probe", EventTypes.CASE_TOPIC);

    @Inject
    Inbox inbox;

    @Inject
    AgroalDataSource dataSource;

    @Incoming("probe-in")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(SUBSCRIPTION, batch.getRecords(), this::apply);
    }

    /** The probe's effect: one row per event, or the failure the event asks for. */
    void apply(EventEnvelope event) {
        if (event.data().path("fail").asBoolean()) {
            throw new IllegalStateException("this handler always fails for probe " + event.subject());
        }
        int outage = event.data().path("connectionFailures").asInt();
        if (outage > 0 && FAILED.merge(event.id(), 1, Integer::sum) <= outage) {
            // What the driver throws when the server cannot be reached.
            throw new IllegalStateException("probe " + event.subject(),
                    new SQLException("Connection to the server refused", "08001"));
        }
        if (event.data().path("refusedByRule").asBoolean() || REFUSED.contains(event.subject())) {
            throw Problems.rule("probe-rule", "A rule refuses probe " + event.subject());
        }
        TRACES.put(event.data().path("key").asText(), Span.current().getSpanContext().getTraceId());
        try (var c = dataSource.getConnection();
                var ps = c.prepareStatement("INSERT INTO probe_effect (event_id, subject, sequence) VALUES (?, ?, ?)")) {
            ps.setObject(1, event.id());
            ps.setString(2, event.data().path("key").asText());
            ps.setInt(3, event.data().path("sequence").asInt());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
