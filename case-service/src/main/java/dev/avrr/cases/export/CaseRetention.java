package dev.avrr.cases.export;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import dev.avrr.cases.casefile.CaseStatus;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.retention.RetentionConfig;
import dev.avrr.platform.time.Now;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The retention of an ended case (docs/retention.md): once a case has been closed, withdrawn or absconded for the
 * period, its people are erased in every service the way a person's request erases them — recorded, checked by
 * every service, released when nothing stands in the way (docs/data-protection.md#erasure) — by the system, each
 * erasure counted in {@code avrr_retention_removed_total} (class {@code ended-cases}).
 */
@ApplicationScoped
public class CaseRetention {

    static final String CLASS = "ended-cases";
    private static final Logger LOG = Logger.getLogger(CaseRetention.class);
    private static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    RetentionConfig config;

    @Inject
    DataProtectionRequests requests;

    @Inject
    MeterRegistry metrics;

    /** What a run did. */
    public record Run(int recorded, int erased) {
    }

    @Scheduled(every = "${avrr.retention.every:1h}", delay = 120, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warnf("Retention of ended cases not applied now: %s", EventRejectedException.safeReason(e));
        }
    }

    /** Records an erasure for every ended case past its period, and releases those whose checks came back clear. */
    public Run run() {
        int recorded = 0;
        OffsetDateTime cutoff = Now.time().minus(config.endedCases());
        for (UUID caseId : QuarkusTransaction.requiringNew().call(() -> due(cutoff))) {
            requests.recordForRetention(caseId);
            recorded++;
        }
        int erased = 0;
        for (UUID requestId : QuarkusTransaction.requiringNew().call(this::pending)) {
            if (requests.releaseForRetention(requestId)) {
                erased++;
            }
        }
        metrics.counter("avrr_retention_removed", "class", CLASS).increment(erased);
        return new Run(recorded, erased);
    }

    private List<UUID> due(OffsetDateTime cutoff) {
        return em.createQuery("SELECT c.id FROM AvrrCase c WHERE c.status IN :ended AND c.statusChangedAt < :cutoff "
                + "AND c.erasedAt IS NULL AND NOT EXISTS (SELECT r.id FROM DataProtectionRequest r WHERE r.caseId = "
                + "c.id AND r.kind = :erasure AND r.status = :recorded) ORDER BY c.statusChangedAt", UUID.class)
                .setParameter("ended", List.of(CaseStatus.CLOSED, CaseStatus.WITHDRAWN, CaseStatus.ABSCONDED))
                .setParameter("cutoff", cutoff).setParameter("erasure", DataProtectionRequest.Kind.ERASURE)
                .setParameter("recorded", DataProtectionRequest.Status.RECORDED).setMaxResults(BATCH).getResultList();
    }

    private List<UUID> pending() {
        return em.createQuery("SELECT r.id FROM DataProtectionRequest r WHERE r.kind = :erasure AND r.status = "
                + ":recorded AND r.recordedBy = :system ORDER BY r.recordedAt", UUID.class)
                .setParameter("erasure", DataProtectionRequest.Kind.ERASURE)
                .setParameter("recorded", DataProtectionRequest.Status.RECORDED)
                .setParameter("system", AuditTrail.SYSTEM_ACTOR).setMaxResults(BATCH).getResultList();
    }
}
