package dev.avrr.platform.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.http.CorrelationId;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The idempotent consumer: an event takes effect once per consumer. Its id is recorded in {@code inbox_event}
 * in the same transaction as the effect, so a redelivered event finds its row and does nothing. A handler
 * that keeps failing is retried, then the failure is thrown, so the messaging connector sends the record to
 * the channel's dead-letter topic with the reason. Nothing is silently dropped.
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

    @ConfigProperty(name = "avrr.inbox.attempts", defaultValue = "4")
    int attempts;

    @ConfigProperty(name = "avrr.inbox.retry-delay-ms", defaultValue = "250")
    long retryDelayMs;

    /**
     * Applies {@code handler} to the event in {@code value} unless this consumer has applied it before.
     *
     * @return true if the event took effect now, false if it had already
     * @throws EventRejectedException if the event is unreadable or its handler failed on every attempt
     */
    public boolean receive(String consumer, String value, Consumer<EventEnvelope> handler) {
        EventEnvelope event;
        try {
            event = events.parse(value);
        } catch (IllegalArgumentException e) {
            throw new EventRejectedException("Unreadable event: " + e.getMessage());
        }
        String previous = CorrelationId.current();
        CorrelationId.set(event.correlationid() != null ? event.correlationid() : event.id().toString());
        try {
            RuntimeException last = null;
            for (int attempt = 1; attempt <= attempts; attempt++) {
                try {
                    return QuarkusTransaction.requiringNew().call(() -> {
                        if (!claim(consumer, event)) {
                            LOG.debugf("Event %s already took effect in %s", event.id(), consumer);
                            return false;
                        }
                        handler.accept(event);
                        return true;
                    });
                } catch (EventRejectedException e) {
                    throw e;
                } catch (RuntimeException e) {
                    last = e;
                    LOG.warnf("Event %s (%s) failed in %s, attempt %d of %d: %s", event.id(), event.type(), consumer,
                            attempt, attempts, EventRejectedException.safeReason(e));
                    sleep(retryDelayMs * attempt);
                }
            }
            throw new EventRejectedException("Event " + event.id() + " (" + event.type() + ") failed after " + attempts
                    + " attempts: " + EventRejectedException.safeReason(last));
        } finally {
            CorrelationId.set(previous);
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

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
