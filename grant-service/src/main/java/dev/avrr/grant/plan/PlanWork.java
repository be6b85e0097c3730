package dev.avrr.grant.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.grant.access.GrantScope;
import dev.avrr.grant.allocation.Entitlement;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.sharing.SharingRule;
import dev.avrr.platform.workqueue.WorkAnnouncements;
import dev.avrr.platform.workqueue.WorkItem;
import dev.avrr.platform.workqueue.WorkItemSource;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.WorkItemOpened;

/**
 * Reintegration plans on the work queues: the caseworker approves (or returns) the submitted plans of the office's
 * cases; the mission reworks the plans returned to it.
 */
@ApplicationScoped
public class PlanWork implements WorkItemSource {

    static final String TO_APPROVE = "PLAN_TO_APPROVE";
    static final String RETURNED = "PLAN_RETURNED";

    @Inject
    EntityManager em;

    @Inject
    GrantScope scope;

    @Inject
    WorkAnnouncements announcements;

    @Override
    public Set<String> kinds() {
        return Set.of(TO_APPROVE, RETURNED);
    }

    @Override
    @Transactional
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        plans(scope.condition("e.caseId", Roles.CASEWORKER), PlanStatus.SUBMITTED, TO_APPROVE, items);
        plans(scope.condition("e.caseId", Roles.MISSION), PlanStatus.RETURNED, RETURNED, items);
        return items;
    }

    /**
     * Announces, in the command's transaction, the item a command on a plan opened: a submitted plan is the
     * sending office's caseworkers' to approve; a returned one the mission's to rework.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void commanded(ReintegrationPlan p, Entitlement e, PlanTransitions.Command command) {
        switch (command) {
            case SUBMIT -> announcements.opened(WorkItemOpened.GRANT, item(TO_APPROVE, p, e.caseId), e.office, Audience.CASEWORKER);
            case RETURN -> announcements.opened(WorkItemOpened.GRANT, item(RETURNED, p, e.caseId), e.office, Audience.MISSION);
            default -> {
            }
        }
    }

    private static WorkItem item(String kind, ReintegrationPlan p, UUID caseId) {
        return new WorkItem(kind, p.id, caseId, p.statusChangedAt, null, "/api/v1/plans/" + p.id);
    }

    private void plans(SharingRule.Condition scoped, PlanStatus status, String kind, List<WorkItem> items) {
        if (scoped.matchesNothing()) {
            return;
        }
        Where where = Where.within(scoped).and("e.id = p.entitlementId").and("p.status = :status", "status", status);
        var query = where.query(em, "SELECT p, e.caseId FROM ReintegrationPlan p, Entitlement e", Object[].class);
        query.getResultList().forEach(row -> {
            ReintegrationPlan p = (ReintegrationPlan) row[0];
            items.add(item(kind, p, (UUID) row[1]));
        });
    }
}
