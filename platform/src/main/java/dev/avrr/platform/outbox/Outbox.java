package dev.avrr.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;

/**
 * Writes an event into the outbox in the caller's transaction, so the event exists if and only if the change
 * it announces was committed. The relay is woken when that transaction commits.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload) "
            + "VALUES (?, ?, ?, ?, ?)";

    @Inject
    DataSource dataSource;

    @Inject
    Events events;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /**
     * Adds the event to the outbox of the current transaction.
     *
     * @param key the record key: the case id, or the referral id before a case exists
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope add(String key, EventEnvelope event) {
        if (!EventTypes.producingService(event.type()).equals(service)
                || !EventTypes.sourceOf(event.type()).equals(event.source())) {
            // Each service writes only its own topic (the broker's ACLs say the same).
            throw new IllegalArgumentException(service + " does not produce " + event.type());
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setObject(1, event.id());
            ps.setString(2, EventTypes.topicOf(event.type()));
            ps.setString(3, key);
            ps.setString(4, event.type());
            ps.setString(5, events.toJson(event));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the event to the outbox", e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
        return event;
    }
}
