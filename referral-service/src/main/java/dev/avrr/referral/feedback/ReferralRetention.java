package dev.avrr.referral.feedback;

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

import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.retention.DueErasures;
import dev.avrr.platform.retention.RetentionConfig;
import dev.avrr.platform.time.Now;
import dev.avrr.referral.intake.Referral;
import dev.avrr.referral.intake.ReferralStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * The retention of a declined or withdrawn referral (docs/retention.md): once its status changed longer ago than
 * the period ({@link RetentionConfig#declinedOrWithdrawnReferrals()}), and if it never became a case (a referral
 * that did is erased with its case), its person is erased in place as a released erasure erases them
 * ({@link ReferralErasure}), audited as an update by the system, each referral in a transaction of its own and
 * counted in {@code avrr_retention_removed_total} (class {@code declined-or-withdrawn-referrals}). A referral that
 * cannot be erased now (the database away) is tried again at the next run; nothing of the person is logged.
 */
@ApplicationScoped
public class ReferralRetention {

    static final String CLASS = "declined-or-withdrawn-referrals";
    private static final Logger LOG = Logger.getLogger(ReferralRetention.class);
    private static final List<ReferralStatus> ENDED = List.of(ReferralStatus.DECLINED, ReferralStatus.WITHDRAWN);

    /** Declined or withdrawn before the cut-off, not erased yet, never linked to a case. */
    private static final String DUE = "r.status IN :ended AND r.statusChangedAt < :cutoff AND r.erasedAt IS NULL "
            + "AND NOT EXISTS (SELECT l.caseId FROM CaseLink l WHERE l.referralId = r.id)";

    @Inject
    EntityManager em;

    @Inject
    RetentionConfig config;

    @Inject
    ReferralErasure erasure;

    @Inject
    MeterRegistry metrics;

    @Scheduled(every = "${avrr.retention.every:1h}", delay = 90, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warnf("Retention of declined or withdrawn referrals not applied now: %s",
                    EventRejectedException.safeReason(e));
        }
    }

    /** Erases every referral past its period now, batch by batch; answers how many were erased. */
    public int run() {
        Counter removed = metrics.counter("avrr_retention_removed", "class", CLASS);
        OffsetDateTime cutoff = Now.time().minus(config.declinedOrWithdrawnReferrals());
        return DueErasures.run("declined or withdrawn referrals", LOG, removed, failed -> due(cutoff, failed), id -> erase(id, cutoff));
    }

    /** The next batch due, oldest first, without those that failed in this run. */
    private List<UUID> due(OffsetDateTime cutoff, Set<UUID> failed) {
        TypedQuery<UUID> query = em.createQuery("SELECT r.id FROM Referral r WHERE " + DUE
                + (failed.isEmpty() ? "" : " AND r.id NOT IN :failed") + " ORDER BY r.statusChangedAt, r.id",
                UUID.class).setParameter("ended", ENDED).setParameter("cutoff", cutoff).setMaxResults(DueErasures.BATCH);
        if (!failed.isEmpty()) {
            query.setParameter("failed", failed);
        }
        return query.getResultList();
    }

    /** Erases one referral, locked and checked again (still due); false when it is not due any more. */
    private boolean erase(UUID id, OffsetDateTime cutoff) {
        Referral r = em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || em.createQuery("SELECT count(r) FROM Referral r WHERE r.id = :id AND " + DUE, Long.class)
                .setParameter("id", id).setParameter("ended", ENDED).setParameter("cutoff", cutoff)
                .getSingleResult() == 0) {
            return false;
        }
        erasure.eraseExpired(r);
        return true;
    }
}
