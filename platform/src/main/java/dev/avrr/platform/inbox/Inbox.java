package dev.avrr.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.avrr.platform.correlation.CorrelationId;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.faults.Failures;
import dev.avrr.platform.problem.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The idempotent consumer: an event takes effect once per consumer. Its id is recorded in {@code inbox_event}
 * in the same transaction as the effect, so a redelivered event finds its row and does nothing.
 * <p>
 * A failure is judged by {@link Failures}: a poison event (unreadable, invalid, refused by a rule) is thrown at
 * once as an {@link EventRejectedException}, which the consumers' failure strategy ({@link ParkPoison}) parks on
 * the dead-letter topic with the reason; a fault of the infrastructure (the database away, a deadlock, a lock
 * timeout) is waited out — the record is kept and retried with a growing pause, capped, for as long as the fault
 * lasts, so an accepted step is never turned into a dead letter; anything else is retried a few times, then
 * parked. Nothing is silently dropped.
 * <p>
 * A consumer receives the records of a poll as a batch ({@link #receiveBatch}): their inbox claims and effects
 * are applied in one transaction, in the records' order, which saves a commit and its round trips per event. If
 * anything in that transaction fails, it is rolled back and the batch's events are applied one by one as above,
 * so a poison event is parked alone and the order per case holds.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final String CLAIM = "INSERT INTO inbox_event (consumer, event_id, event_type) VALUES (?, ?, ?) "
            + "ON CONFLICT DO NOTHING";

    @Inject
    DataSource dataSource;

    @Inject
    Events events;

    @Inject
    EventTraces traces;

    @Inject
    ParkedEvents parked;

    @Inject
    MeterRegistry metrics;

    private final Map<String, Registered> handlers = new ConcurrentHashMap<>();
    private final Map<String, Timer> lags = new ConcurrentHashMap<>();

    /** A consumer's subscription and handler, as registered. */
    private record Registered(Subscription subscription, Consumer<EventEnvelope> handler) {
    }

    /** What receiving an event did. */
    enum Outcome {
        /** It took effect now. */
        APPLIED,
        /** It had taken effect before: nothing happened. */
        ALREADY_APPLIED,
        /** An earlier event of its subject is parked or held: it is held behind it. */
        HELD
    }

    /** How often a failure of unknown kind is tried before the event is parked. */
    @ConfigProperty(name = "avrr.inbox.attempts", defaultValue = "4")
    int attempts;

    /** The first pause after a failure; it doubles with each further failure, up to the cap. */
    @ConfigProperty(name = "avrr.inbox.retry-delay-ms", defaultValue = "250")
    long retryDelayMs;

    @ConfigProperty(name = "avrr.inbox.max-retry-delay-ms", defaultValue = "30000")
    long maxRetryDelayMs;

    /** How many events of a batch at most share one transaction. */
    @ConfigProperty(name = "avrr.inbox.batch-size", defaultValue = "50")
    int batchSize;

    /** A record of a batch, read. */
    private record Received(Message<String> record, EventEnvelope event, String value) {
    }

    /**
     * Names the handler of a consumer, so that an operator can redrive the consumer's parked events (the consumers
     * register at start; {@link #receiveBatch} registers as well).
     */
    public void register(Subscription subscription, Consumer<EventEnvelope> handler) {
        handlers.put(subscription.name(), new Registered(subscription, handler));
    }

    /**
     * Receives the records of a poll, in their order, each event applied unless this consumer applied it before;
     * while an earlier event of the same subject is parked, the event is held behind it; an event whose type or
     * source is not the topic's producer's is an impostor, parked and never applied. In short: each record is acknowledged once its event took effect, had
     * before, or is held; a poison record is parked and negatively acknowledged with its
     * {@link EventRejectedException} (the channel's failure strategy puts it on the dead-letter topic). Events
     * are applied together in one transaction, up to {@code avrr.inbox.batch-size} at a time; if that fails, one
     * by one. A failure that is no poison (the service stopping while it waits out a fault) negatively
     * acknowledges its record and ends the batch there: the channel stops, and what follows is delivered again.
     *
     * @return completes when every record's acknowledgement is done
     */
    public CompletionStage<Void> receiveBatch(Subscription subscription, List<? extends Message<String>> records,
            Consumer<EventEnvelope> handler) {
        String consumer = subscription.name();
        handlers.putIfAbsent(consumer, new Registered(subscription, handler));
        List<CompletionStage<Void>> settled = new ArrayList<>();
        List<Received> admitted = new ArrayList<>();
        for (Message<String> record : records) {
            try {
                admitted.add(new Received(record, admit(subscription, record.getPayload()), record.getPayload()));
            } catch (EventRejectedException rejected) {
                settled.add(record.nack(rejected));
            }
        }
        for (int from = 0; from < admitted.size(); from += Math.max(1, batchSize)) {
            List<Received> chunk = admitted.subList(from, Math.min(admitted.size(), from + Math.max(1, batchSize)));
            List<Outcome> together = applyTogether(consumer, chunk, handler);
            if (together != null) {
                for (int i = 0; i < chunk.size(); i++) {
                    if (together.get(i) == Outcome.APPLIED) {
                        recordLag(consumer, chunk.get(i).event());
                    }
                    settled.add(chunk.get(i).record().ack());
                }
                continue;
            }
            for (Received r : chunk) {
                try (EventTraces.Applying traced = traces.applying(r.record(), consumer, r.event().type())) {
                    applyOne(consumer, r.event(), r.value(), handler);
                    settled.add(r.record().ack());
                } catch (EventRejectedException rejected) {
                    settled.add(r.record().nack(rejected));
                } catch (RuntimeException e) {
                    settled.add(r.record().nack(e));
                    return allOf(settled);
                }
            }
        }
        return allOf(settled);
    }

    private static CompletionStage<Void> allOf(List<CompletionStage<Void>> stages) {
        return CompletableFuture.allOf(stages.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new));
    }

    /**
     * Reads a record's event, or parks it and refuses it: unreadable, or an impostor.
     *
     * @throws EventRejectedException if the record is poison; it is parked first
     */
    private EventEnvelope admit(Subscription subscription, String value) {
        EventEnvelope event;
        try {
            event = events.parse(value);
        } catch (IllegalArgumentException e) {
            EventRejectedException rejected = new EventRejectedException("Unreadable event: " + e.getMessage());
            UUID id = UUID.nameUUIDFromBytes(value.getBytes(StandardCharsets.UTF_8));
            whileDatabaseAway(() -> parked.park(subscription.name(), id, "unreadable", null, value,
                    rejected.getMessage()));
            throw rejected;
        }
        refuseImpostor(subscription, event, value);
        return event;
    }

    /** Applies one event in a transaction of its own, with its retries; parks it if it is poison. */
    private void applyOne(String consumer, EventEnvelope event, String value, Consumer<EventEnvelope> handler) {
        String previous = correlate(event);
        try {
            if (apply(consumer, event, value, handler) == Outcome.APPLIED) {
                recordLag(consumer, event);
            }
        } catch (EventRejectedException rejected) {
            whileDatabaseAway(() -> parked.park(consumer, event.id(), event.type(), event.subject(), value,
                    rejected.getMessage()));
            throw rejected;
        } finally {
            CorrelationId.set(previous);
        }
    }

    /**
     * Applies a chunk of events in one transaction, in order; null if anything failed (all of it rolled back),
     * for the caller to apply them one by one.
     */
    private List<Outcome> applyTogether(String consumer, List<Received> chunk, Consumer<EventEnvelope> handler) {
        if (chunk.size() < 2) {
            return null;
        }
        String previous = CorrelationId.current();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<Outcome> outcomes = new ArrayList<>(chunk.size());
                for (Received r : chunk) {
                    correlate(r.event());
                    try (EventTraces.Applying traced = traces.applying(r.record(), consumer, r.event().type())) {
                        outcomes.add(applyInTransaction(consumer, r.event(), r.value(), handler));
                    }
                }
                return outcomes;
            });
        } catch (RuntimeException e) {
            LOG.debugf("A batch of %d events failed in %s (%s); applied one by one", chunk.size(), consumer,
                    EventRejectedException.safeReason(e));
            return null;
        } finally {
            CorrelationId.set(previous);
        }
    }

    /** Takes the event's correlation id (a UUID, or its own id) into the logging context; returns the one before. */
    private static String correlate(EventEnvelope event) {
        String previous = CorrelationId.current();
        if (event.correlationid() != null) {
            CorrelationId.accept(event.correlationid());
        } else {
            CorrelationId.set(event.id().toString());
        }
        return previous;
    }

    /**
     * Applies a parked event again with its consumer's handler: exactly once, through the inbox, in a request
     * context of its own (as the system, like the consumer), not the operator's.
     */
    @ActivateRequestContext
    Outcome redrive(String consumer, String value) {
        Registered registered = handlers.get(consumer);
        if (registered == null) {
            throw Problems.stateConflict("consumer", "not started", "a consumer's events are redriven while it runs");
        }
        EventEnvelope event;
        try {
            event = events.parse(value);
        } catch (IllegalArgumentException e) {
            throw new EventRejectedException("Unreadable event: " + e.getMessage());
        }
        refuseImpostor(registered.subscription(), event, value);
        try {
            return apply(consumer, event, value, registered.handler());
        } catch (EventRejectedException rejected) {
            whileDatabaseAway(() -> parked.park(consumer, event.id(), event.type(), event.subject(), value,
                    rejected.getMessage()));
            throw rejected;
        }
    }

    /**
     * Parks an event whose type or source is not the topic's producer's and refuses it. It is parked without its
     * subject, on arrival and on a redrive alike: an impostor is no step of the case it names, so it holds none of
     * that case's events back.
     */
    private void refuseImpostor(Subscription subscription, EventEnvelope event, String value) {
        Optional<String> impostor = subscription.impostor(event);
        if (impostor.isPresent()) {
            EventRejectedException rejected = new EventRejectedException(impostor.get());
            whileDatabaseAway(() -> parked.park(subscription.name(), event.id(), event.type(), null, value,
                    rejected.getMessage()));
            throw rejected;
        }
    }

    private Outcome apply(String consumer, EventEnvelope event, String value, Consumer<EventEnvelope> handler) {
        int unknown = 0;
        long pause = retryDelayMs;
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew()
                        .call(() -> applyInTransaction(consumer, event, value, handler));
            } catch (RuntimeException e) {
                Failures.Kind kind = Failures.of(e, dataSource);
                String reason = EventRejectedException.safeReason(e);
                if (kind == Failures.Kind.POISON) {
                    throw e instanceof EventRejectedException rejected ? rejected
                            : new EventRejectedException("Event " + event.id() + " (" + event.type() + ") refused: "
                                    + reason);
                }
                if (kind == Failures.Kind.UNKNOWN && ++unknown >= attempts) {
                    throw new EventRejectedException("Event " + event.id() + " (" + event.type() + ") failed after "
                            + unknown + " attempts: " + reason);
                }
                LOG.warnf("Event %s (%s) failed in %s, attempt %d (%s), retried in %d ms: %s", event.id(),
                        event.type(), consumer, attempt, kind, pause, reason);
                pause = pauseAndLengthen(pause);
            }
        }
    }

    /**
     * The event's lag, from its creation in the producer's transaction (its {@code time}) to its effect committed
     * here: {@code avrr.inbox.lag{consumer}}, a histogram with a bucket boundary at 250 ms, the bound the
     * consumers keep at half the maximum load (docs/architecture.md says how it is measured).
     */
    private void recordLag(String consumer, EventEnvelope event) {
        if (event.time() == null) {
            return;
        }
        Duration lag = Duration.between(event.time().toInstant(), Instant.now());
        lags.computeIfAbsent(consumer, c -> Timer.builder("avrr.inbox.lag")
                .description("From an event's creation in its producer to its effect committed in this consumer")
                .tag("consumer", c).publishPercentileHistogram().serviceLevelObjectives(Duration.ofMillis(250))
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10))
                .register(metrics)).record(lag.isNegative() ? Duration.ZERO : lag);
    }

    /** Holds the event behind a parked one of its subject, or claims it and applies it, in the caller's transaction. */
    private Outcome applyInTransaction(String consumer, EventEnvelope event, String value,
            Consumer<EventEnvelope> handler) {
        Optional<UUID> blocker = parked.blocker(consumer, event);
        if (blocker.isPresent()) {
            parked.hold(consumer, event, value, blocker.get());
            LOG.warnf("Event %s (%s) held in %s behind parked event %s", event.id(), event.type(), consumer,
                    blocker.get());
            return Outcome.HELD;
        }
        if (!claim(consumer, event)) {
            LOG.debugf("Event %s already took effect in %s", event.id(), consumer);
            return Outcome.ALREADY_APPLIED;
        }
        handler.accept(event);
        return Outcome.APPLIED;
    }

    /** Runs a write the inbox must not lose, waiting while the database is away. */
    private void whileDatabaseAway(Runnable write) {
        long pause = retryDelayMs;
        while (true) {
            try {
                write.run();
                return;
            } catch (RuntimeException e) {
                if (Failures.of(e, dataSource) != Failures.Kind.TRANSIENT) {
                    throw e;
                }
                LOG.warnf("Could not park an event (%s), retried in %d ms", EventRejectedException.safeReason(e),
                        pause);
                pause = pauseAndLengthen(pause);
            }
        }
    }

    private boolean claim(String consumer, EventEnvelope event) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CLAIM)) {
            ps.setString(1, consumer);
            ps.setObject(2, event.id());
            ps.setString(3, event.type());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the event in the inbox", e);
        }
    }

    /** Waits, and gives the next, doubled pause, up to the cap. */
    private long pauseAndLengthen(long pause) {
        pauseFor(pause);
        return Math.min(pause * 2, Math.max(retryDelayMs, maxRetryDelayMs));
    }

    /** Waits before the next attempt; a service shutting down stops waiting, and the record stays unprocessed. */
    private static void pauseFor(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsumerStopping();
        }
    }

    /** The consumer is stopping while it waits out a fault: the record is neither applied nor parked. */
    public static final class ConsumerStopping extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ConsumerStopping() {
            super("The consumer is stopping while it waits out a fault", null, false, false);
        }
    }
}
