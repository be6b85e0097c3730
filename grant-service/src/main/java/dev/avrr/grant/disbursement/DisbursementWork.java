package dev.avrr.grant.disbursement;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.grant.access.GrantScope;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.sharing.SharingRule;
import dev.avrr.platform.workqueue.WorkItem;
import dev.avrr.platform.workqueue.WorkItemSource;
import dev.avrr.vocabulary.Roles;

/** Finance's work queue: the disbursements requested and waiting for its approval (four eyes). */
@ApplicationScoped
public class DisbursementWork implements WorkItemSource {

    static final String TO_APPROVE = "DISBURSEMENT_TO_APPROVE";

    @Inject
    EntityManager em;

    @Inject
    GrantScope scope;

    @Override
    public Set<String> kinds() {
        return Set.of(TO_APPROVE);
    }

    @Override
    @Transactional
    public List<WorkItem> items() {
        SharingRule.Condition scoped = scope.condition("e.caseId", Roles.FINANCE);
        if (scoped.matchesNothing()) {
            return List.of();
        }
        Where where = Where.within(scoped).and("e.id = d.entitlementId")
                .and("d.status = :status", "status", DisbursementStatus.REQUESTED);
        var query = where.query(em, "SELECT d, e.caseId FROM Disbursement d, Entitlement e", Object[].class);
        return query.getResultList().stream().map(row -> {
            Disbursement d = (Disbursement) row[0];
            return new WorkItem(TO_APPROVE, d.id, (UUID) row[1], d.requestedAt, null, "/api/v1/disbursements/" + d.id);
        }).toList();
    }
}
