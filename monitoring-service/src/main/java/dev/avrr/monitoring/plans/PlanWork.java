package dev.avrr.monitoring.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.MonitoringStatus;
import dev.avrr.monitoring.returnees.ReturneeScope;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.sharing.SharingRule;
import dev.avrr.platform.time.Now;
import dev.avrr.platform.workqueue.WorkItem;
import dev.avrr.platform.workqueue.WorkItemSource;

/**
 * The mission's follow-up on its work queue: the returnees handed over to it who have not arrived yet, and the plan
 * items whose window has opened (due) or whose due date has passed (overdue), each with its due date.
 */
@ApplicationScoped
public class PlanWork implements WorkItemSource {

    static final String HANDOVER_RECEIVED = "HANDOVER_RECEIVED";
    static final String ITEM_DUE = "ITEM_DUE";
    static final String ITEM_OVERDUE = "ITEM_OVERDUE";

    @Inject
    EntityManager em;

    @Inject
    ReturneeScope scope;

    @Override
    public Set<String> kinds() {
        return Set.of(HANDOVER_RECEIVED, ITEM_DUE, ITEM_OVERDUE);
    }

    @Override
    @Transactional
    public List<WorkItem> items() {
        SharingRule.Condition asMission = scope.asMissionCondition("c");
        if (asMission.matchesNothing()) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        Where awaiting = Where.within(asMission).and("c.status = :status", "status", MonitoringStatus.AWAITING_RETURN);
        var cases = awaiting.query(em, "SELECT c FROM MonitoredCase c", MonitoredCase.class);
        cases.getResultList().forEach(c -> items.add(new WorkItem(HANDOVER_RECEIVED, c.caseId, c.caseId,
                c.knownSince, null, "/api/v1/monitoring/cases/" + c.caseId)));

        Where open = Where.of("c.caseId = i.caseId", Map.of()).and(asMission)
                .and("i.status IN :open", "open", Set.of(ItemStatus.DUE, ItemStatus.OVERDUE))
                .and("i.opensOn <= :today", "today", Now.today());
        var plan = open.query(em, "SELECT i FROM PlanItem i, MonitoredCase c", PlanItem.class);
        plan.getResultList().forEach(i -> items.add(new WorkItem(i.status() == ItemStatus.OVERDUE ? ITEM_OVERDUE
                : ITEM_DUE, i.id, i.caseId, Now.startOf(i.opensOn), i.dueDate,
                "/api/v1/monitoring/cases/" + i.caseId)));
        return items;
    }
}
