package dev.avrr.monitoring.plans;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import dev.avrr.monitoring.config.MonitoringConfig;
import dev.avrr.monitoring.notifications.NotificationKind;
import dev.avrr.monitoring.notifications.Notifications;
import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.MonitoredCases;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.statemachine.TransitionTable;
import dev.avrr.platform.time.Now;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Flags the plan items whose due date has passed without a contact, so that each mission's overdue list shows
 * them, and tells the mission's subscribers (a notification per item). Runs every {@code avrr.monitoring.overdue-check-every}; safe to run on several instances at once (each
 * batch locks its rows, and an item already flagged no longer matches).
 */
@ApplicationScoped
public class OverdueJob {

    private static final Logger LOG = Logger.getLogger(OverdueJob.class);

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    MonitoringConfig config;

    @Inject
    Notifications notifications;

    @Scheduled(identity = "monitoring-overdue-items", every = "${avrr.monitoring.overdue-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        flagOverdue();
    }

    /** Flags every item due before today that is still open and not yet flagged; returns how many. */
    public int flagOverdue() {
        LocalDate today = Now.today();
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> flagBatch(today));
            total += batch;
        } while (batch == config.overdueBatchSize());
        if (total > 0) {
            LOG.infof("Flagged %d monitoring items overdue", total);
        }
        return total;
    }

    private int flagBatch(LocalDate today) {
        List<PlanItem> due = em.createQuery("SELECT i FROM PlanItem i WHERE i.status = :due AND i.dueDate < :today "
                + "ORDER BY i.dueDate, i.id", PlanItem.class)
                .setParameter("due", ItemStatus.DUE).setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(config.overdueBatchSize()).getResultList();
        OffsetDateTime now = Now.time();
        for (PlanItem item : due) {
            item.take(ItemTransitions.TABLE.apply(ItemTransitions.Command.FLAG_OVERDUE, item.status(),
                    Set.of(TransitionTable.SYSTEM)), now, null);
            audit.success(AuditTrail.UPDATE, MonitoredCases.RESOURCE, item.caseId);
            notifications.announce(em.find(MonitoredCase.class, item.caseId), NotificationKind.ITEM_OVERDUE, item.id);
        }
        return due.size();
    }
}
