package dev.avrr.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.transactions.AfterCommit;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * Writes an event into the outbox in the caller's transaction, so the event exists if and only if the change
 * it announces was committed. The relay is woken when that transaction commits.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload, "
            + "trace_parent) VALUES (?, ?, ?, ?, ?, ?)";

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
        insert(event.id(), EventTypes.topicOf(event.type()), key, event.type(), events.toJson(event));
        return event;
    }

    /**
     * Adds a record of this service's key topic to the outbox of the current transaction: the event key of a
     * subject ({@code value}), or its retraction ({@code null}, a tombstone) once the subject was erased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addKeyRecord(String subject, String value) {
        String producer = service.replaceFirst("-service$", "");
        insert(UUID.randomUUID(), EventTypes.keyTopicOf(producer), subject, EventTypes.keyRecordTypeOf(producer),
                value);
    }

    /**
     * The trace of the current transaction, in W3C form, for the relay to pass on with the event
     * (docs/architecture.md#traces); null when tracing is off.
     */
    private static String traceParent() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex()
                : null;
    }

    private void insert(UUID id, String topic, String key, String type, String payload) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setObject(1, id);
            ps.setString(2, topic);
            ps.setString(3, key);
            ps.setString(4, type);
            ps.setString(5, payload);
            ps.setString(6, traceParent());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the event to the outbox", e);
        }
        AfterCommit.run(transactions, relay::wake);
    }
}
