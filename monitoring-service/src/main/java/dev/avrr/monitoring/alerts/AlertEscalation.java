package dev.avrr.monitoring.alerts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.avrr.monitoring.notifications.Notifications;
import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.security.Actor;
import dev.avrr.platform.time.Now;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Escalates the protection alerts nobody acknowledged in time: an alert still OPEN when its urgency's deadline has
 * passed {@code n} times since it was raised reaches level {@code n}, one level per run. Each level is reached
 * exactly once, however many instances run the job: an alert is claimed with its row locked (others skip it) and
 * only while it is still due, so a level already reached no longer matches. Each escalation is a step of the
 * alert, a notification to the office's subscribers (escalation channels too) and a count in
 * {@code avrr_monitoring_alerts_escalated_total}. Deadlines are read from the platform's clock.
 */
@ApplicationScoped
public class AlertEscalation {

    static final String METRIC = "avrr.monitoring.alerts.escalated";
    private static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    AlertConfig config;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    MeterRegistry registry;

    @Scheduled(identity = "monitoring-alert-escalation", every = "${avrr.monitoring.alerts.escalation-check-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        escalateDue();
    }

    /** Escalates every alert due now by one level; returns how many. */
    public int escalateDue() {
        OffsetDateTime now = Now.time();
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> escalateBatch(now));
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    @SuppressWarnings("unchecked")
    private int escalateBatch(OffsetDateTime now) {
        List<UUID> due = em.createNativeQuery("SELECT id FROM protection_alert WHERE status = 'OPEN' AND raised_at + "
                + "(escalation_level + 1) * (CASE WHEN urgency = 'URGENT' THEN :urgent ELSE :normal END) "
                + "* INTERVAL '1 second' <= :now ORDER BY raised_at, id LIMIT :batch FOR UPDATE SKIP LOCKED", UUID.class)
                .setParameter("urgent", config.urgentDeadline().toSeconds())
                .setParameter("normal", config.normalDeadline().toSeconds())
                .setParameter("now", now).setParameter("batch", BATCH).getResultList();
        for (UUID id : due) {
            escalate(em.find(ProtectionAlert.class, id), now);
        }
        return due.size();
    }

    private void escalate(ProtectionAlert a, OffsetDateTime now) {
        a.escalationLevel++;
        a.escalatedAt = now;
        AlertStep s = new AlertStep();
        s.alertId = a.id;
        s.step = AlertStep.Step.ESCALATED;
        s.fromStatus = a.status();
        s.toStatus = a.status();
        s.occurredAt = now;
        s.actor = Actor.SYSTEM;
        em.persist(s);
        notifications.escalate(em.find(MonitoredCase.class, a.caseId), a.id, a.escalationLevel);
        audit.success(AuditTrail.UPDATE, ProtectionAlerts.RESOURCE, a.id);
        registry.counter(METRIC, "urgency", a.urgency.name()).increment();
    }
}
