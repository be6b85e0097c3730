package dev.avrr.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.http.CorrelationId;
import dev.avrr.platform.problem.Problems;
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
    ParkedEvents parked;

    private final Map<String, Registered> handlers = new ConcurrentHashMap<>();

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

    /**
     * Names the handler of a consumer, so that an operator can redrive the consumer's parked events (the consumers
     * register at start; {@link #receive(Subscription, String, Consumer)} registers as well).
     */
    public void register(Subscription subscription, Consumer<EventEnvelope> handler) {
        handlers.put(subscription.name(), new Registered(subscription, handler));
    }

    /**
     * Applies {@code handler} to the event in {@code value} unless this consumer has applied it before. While an
     * earlier event of the same subject is parked, the event is held behind it (kept, not applied). An event
     * whose type or source is not the topic's producer's is an impostor: parked, never applied.
     *
     * @return true if the event took effect now, false if it had already or is held
     * @throws EventRejectedException if the event is poison, or its handler failed for a reason of unknown kind
     *             on every attempt; the event is parked first
     */
    public boolean receive(Subscription subscription, String value, Consumer<EventEnvelope> handler) {
        String consumer = subscription.name();
        handlers.putIfAbsent(consumer, new Registered(subscription, handler));
        EventEnvelope event;
        try {
            event = events.parse(value);
        } catch (IllegalArgumentException e) {
            EventRejectedException rejected = new EventRejectedException("Unreadable event: " + e.getMessage());
            UUID id = UUID.nameUUIDFromBytes(value.getBytes(StandardCharsets.UTF_8));
            whileDatabaseAway(() -> parked.park(consumer, id, "unreadable", null, value, rejected.getMessage()));
            throw rejected;
        }
        refuseImpostor(subscription, event, value);
        String previous = CorrelationId.current();
        if (event.correlationid() != null) {
            CorrelationId.accept(event.correlationid());
        } else {
            CorrelationId.set(event.id().toString());
        }
        try {
            return apply(consumer, event, value, handler) == Outcome.APPLIED;
        } catch (EventRejectedException rejected) {
            whileDatabaseAway(() -> parked.park(consumer, event.id(), event.type(), event.subject(), value,
                    rejected.getMessage()));
            throw rejected;
        } finally {
            CorrelationId.set(previous);
        }
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
                return QuarkusTransaction.requiringNew().call(() -> {
                    Optional<UUID> blocker = parked.blocker(consumer, event);
                    if (blocker.isPresent()) {
                        parked.hold(consumer, event, value, blocker.get());
                        LOG.warnf("Event %s (%s) held in %s behind parked event %s", event.id(), event.type(),
                                consumer, blocker.get());
                        return Outcome.HELD;
                    }
                    if (!claim(consumer, event)) {
                        LOG.debugf("Event %s already took effect in %s", event.id(), consumer);
                        return Outcome.ALREADY_APPLIED;
                    }
                    handler.accept(event);
                    return Outcome.APPLIED;
                });
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

        ConsumerStopping() {
            super("The consumer is stopping while it waits out a fault", null, false, false);
        }
    }
}
