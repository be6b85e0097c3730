package dev.avrr.referral.counselling;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.jboss.logging.Logger;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.protection.SubjectKeys;
import dev.avrr.platform.retention.DueErasures;
import dev.avrr.platform.retention.RetentionConfig;
import dev.avrr.platform.subjectrights.Erasures;
import dev.avrr.platform.time.Now;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * The retention of a reception centre's resident (docs/retention.md): once nothing has been recorded about them —
 * registration, a decision, a conversation, an outcome — for the period
 * ({@link RetentionConfig#counselledResidents()}), the counselling has ended and the resident is erased in place: the
 * names read "erased", the date of birth goes (the year of birth stays), the conversations' notes and interpreter
 * languages go; the sex, the nationality (a code), the decisions, the conversations' dates, forms and outcomes, whether
 * each was held with a minor, and the outcomes stay, so the yearly figures are the same afterwards. Then the resident's
 * key is destroyed: whatever of theirs the erasure did not rewrite, here or in a backup, can no longer be read. Each
 * resident in a transaction of its own, audited as the system's update, counted in
 * {@code avrr_retention_removed_total} (class {@code counselled-residents}); one that cannot be erased now is tried
 * again at the next run; nothing of the person is logged.
 */
@ApplicationScoped
public class ResidentRetention {

    static final String CLASS = "counselled-residents";
    private static final Logger LOG = Logger.getLogger(ResidentRetention.class);

    /** Not erased, and nothing recorded about them since the cut-off. */
    private static final String DUE = "r.erasedAt IS NULL AND r.registeredAt < :cutoff "
            + "AND NOT EXISTS (SELECT t.id FROM ConversationTrigger t WHERE t.residentId = r.id AND t.recordedAt >= :cutoff) "
            + "AND NOT EXISTS (SELECT c.id FROM ReturnConversation c WHERE c.residentId = r.id AND c.recordedAt >= :cutoff) "
            + "AND NOT EXISTS (SELECT o.id FROM ResidentOutcome o WHERE o.residentId = r.id AND o.recordedAt >= :cutoff)";

    @Inject
    EntityManager em;

    @Inject
    RetentionConfig config;

    @Inject
    SubjectKeys subjectKeys;

    @Inject
    AuditTrail audit;

    @Inject
    MeterRegistry metrics;

    @Scheduled(every = "${avrr.retention.every:1h}", delay = 90, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warnf("Retention of reception centres' residents not applied now: %s",
                    EventRejectedException.safeReason(e));
        }
    }

    /** Erases every resident past the period now, batch by batch; answers how many were erased. */
    public int run() {
        Counter removed = metrics.counter("avrr_retention_removed", "class", CLASS);
        OffsetDateTime cutoff = Now.time().minus(config.counselledResidents());
        return DueErasures.run("reception centres' residents", LOG, removed, failed -> due(cutoff, failed), id -> erase(id, cutoff));
    }

    private List<UUID> due(OffsetDateTime cutoff, Set<UUID> failed) {
        TypedQuery<UUID> query = em.createQuery("SELECT r.id FROM Resident r WHERE " + DUE
                + (failed.isEmpty() ? "" : " AND r.id NOT IN :failed") + " ORDER BY r.registeredAt, r.id", UUID.class)
                .setParameter("cutoff", cutoff).setMaxResults(DueErasures.BATCH);
        if (!failed.isEmpty()) {
            query.setParameter("failed", failed);
        }
        return query.getResultList();
    }

    /** Erases one resident, locked and checked again (still due); false when it is not due any more. */
    private boolean erase(UUID id, OffsetDateTime cutoff) {
        Resident r = em.find(Resident.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || em.createQuery("SELECT count(r) FROM Resident r WHERE r.id = :id AND " + DUE, Long.class)
                .setParameter("id", id).setParameter("cutoff", cutoff).getSingleResult() == 0) {
            return false;
        }
        // From here on, what is written for the resident is sealed with the service's key: what the erasure keeps.
        subjectKeys.erasing(List.of(id));
        r.givenName = Erasures.ERASED;
        r.familyName = Erasures.ERASED;
        r.dateOfBirth = null;
        r.erasedAt = Now.time();
        for (ReturnConversation c : em.createQuery("FROM ReturnConversation c WHERE c.residentId = :r",
                ReturnConversation.class).setParameter("r", id).getResultList()) {
            c.notes = null;
            c.interpreterLanguage = null;
        }
        audit.success(AuditTrail.UPDATE, Counselling.RESOURCE, id);
        em.flush();
        subjectKeys.destroy(List.of(id));
        return true;
    }
}
