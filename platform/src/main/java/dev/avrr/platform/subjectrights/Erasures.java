package dev.avrr.platform.subjectrights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.ErasureAnswered;
import dev.avrr.vocabulary.events.ErasureRequested;

/**
 * A service's side of a person's erasure (docs/data-protection.md#erasure), the same in every service: the copies
 * the machinery keeps of the case's events are removed ({@link #forgetCopies}), and the answer to each step is
 * announced in the transaction that did it, audited.
 */
@ApplicationScoped
public class Erasures {

    /** What an erased value that must keep one reads, in every service. */
    public static final String ERASED = "erased";

    /** What an erased language reads: ISO 639-2 "undetermined". */
    public static final String NO_LANGUAGE = "und";

    /** The audit trail's name for an erasure request's step. */
    public static final String RESOURCE = "erasure-request";

    @Inject
    DataSource dataSource;

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    /**
     * Removes the copies this service keeps of the events of these subjects (the case id, the referral id): its
     * published outbox rows and the events it parked; an event not yet published stays, to be published, and so do
     * its own answers to erasures, which hold ids only, and the retractions of event keys (tombstones, no value); the
     * retention of published rows removes them in time.
     *
     * @return how many rows were removed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetCopies(Collection<?> subjects) {
        String[] keys = subjects.stream().filter(Objects::nonNull).map(Object::toString).toArray(String[]::new);
        int removed = 0;
        try (Connection c = dataSource.getConnection()) {
            for (String sql : List.of(
                    "DELETE FROM outbox_event WHERE published_at IS NOT NULL AND record_key = ANY (?) "
                            + "AND event_type NOT LIKE '%.erasure-answered.v1' AND payload IS NOT NULL",
                    "DELETE FROM parked_event WHERE subject = ANY (?)")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setArray(1, c.createArrayOf("text", keys));
                    removed += ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove the copies of the events", e);
        }
        return removed;
    }

    /**
     * Announces this service's answer to a step of the erasure, keyed as the service's topic is, and audits it.
     *
     * @param type {@link ErasureAnswered#REFERRAL}, {@link ErasureAnswered#GRANT} or {@link ErasureAnswered#MONITORING}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(String type, ErasureRequested request, String stage, List<String> blockers, int erased) {
        boolean referral = EventTypes.REFERRAL_TOPIC.equals(EventTypes.topicOf(type));
        if (referral && request.referralId() == null) {
            throw new IllegalArgumentException("referral-service's answer is keyed by the referral");
        }
        String key = (referral ? request.referralId() : request.caseId()).toString();
        outbox.add(key, events.create(type, key, new ErasureAnswered(request.requestId(), request.caseId(),
                request.referralId(), stage, blockers, erased, Now.time())));
        audit.success(ErasureAnswered.ERASED.equals(stage) ? AuditTrail.UPDATE : AuditTrail.READ, RESOURCE,
                request.requestId());
    }
}
