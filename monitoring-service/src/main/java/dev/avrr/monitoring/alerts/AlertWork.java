package dev.avrr.monitoring.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.monitoring.returnees.ReturneeScope;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.sharing.SharingRule;
import dev.avrr.platform.workqueue.WorkItem;
import dev.avrr.platform.workqueue.WorkItemSource;
import dev.avrr.vocabulary.Roles;

/**
 * Alerts on the work queues: the sending office's caseworker acknowledges the open ones and resolves the
 * acknowledged ones; the mission follows every unresolved alert of its returnees.
 */
@ApplicationScoped
public class AlertWork implements WorkItemSource {

    static final String TO_ACKNOWLEDGE = "ALERT_TO_ACKNOWLEDGE";
    static final String TO_RESOLVE = "ALERT_TO_RESOLVE";
    static final String OPEN = "ALERT_OPEN";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ReturneeScope scope;

    @Override
    public Set<String> kinds() {
        return Set.of(TO_ACKNOWLEDGE, TO_RESOLVE, OPEN);
    }

    @Override
    @Transactional
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        if (caller.hasRole(Roles.CASEWORKER)) {
            alerts(scope.asCaseworkerCondition("c"), Set.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED))
                    .forEach(a -> items.add(item(a.status() == AlertStatus.OPEN ? TO_ACKNOWLEDGE : TO_RESOLVE, a)));
        }
        if (caller.hasRole(Roles.MISSION)) {
            alerts(scope.asMissionCondition("c"), Set.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED))
                    .forEach(a -> items.add(item(OPEN, a)));
        }
        return items;
    }

    private List<ProtectionAlert> alerts(SharingRule.Condition scoped, Set<AlertStatus> statuses) {
        if (scoped.matchesNothing()) {
            return List.of();
        }
        Where where = Where.of("c.caseId = a.caseId", Map.of()).and(scoped).and("a.status IN :statuses", "statuses",
                statuses);
        var query = where.query(em, "SELECT a FROM ProtectionAlert a, MonitoredCase c", ProtectionAlert.class);
        return query.getResultList();
    }

    private static WorkItem item(String kind, ProtectionAlert a) {
        return new WorkItem(kind, a.id, a.caseId, a.raisedAt, null, "/api/v1/monitoring/alerts/" + a.id);
    }
}
