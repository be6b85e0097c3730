package dev.avrr.cases.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseStatus;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.sharing.SharingRule;
import dev.avrr.platform.time.Now;
import dev.avrr.platform.workqueue.WorkItem;
import dev.avrr.platform.workqueue.WorkItemSource;

/**
 * Cases on the work queues: UDI's cases submitted to it for a decision; the caseworker's cases whose next step is
 * booking travel but a travel gate refuses it today (what is missing is read on the case).
 */
@ApplicationScoped
public class CaseWork implements WorkItemSource {

    static final String SUBMITTED_TO_UDI = "CASE_SUBMITTED_TO_UDI";
    static final String BLOCKED_ON_TRAVEL_GATE = "CASE_BLOCKED_ON_TRAVEL_GATE";

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Override
    public Set<String> kinds() {
        return Set.of(SUBMITTED_TO_UDI, BLOCKED_ON_TRAVEL_GATE);
    }

    @Override
    @Transactional
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        cases(access.scopeAs(Audience.UDI), Set.of(CaseStatus.SUBMITTED_TO_UDI)).forEach(c -> items.add(
                new WorkItem(SUBMITTED_TO_UDI, c.id, c.id, c.submittedToUdiAt, null, "/api/v1/cases/" + c.id)));
        cases(access.scopeAs(Audience.CASEWORKER), Set.of(CaseStatus.ELIGIBILITY_ASSESSED, CaseStatus.UDI_APPROVED,
                CaseStatus.TRAVEL_PREPARATION)).stream()
                .filter(c -> !CaseTransitions.travelRefusals(c, Now.today()).isEmpty())
                .forEach(c -> items.add(new WorkItem(BLOCKED_ON_TRAVEL_GATE, c.id, c.id, c.statusChangedAt, null,
                        "/api/v1/cases/" + c.id)));
        return items;
    }

    private List<AvrrCase> cases(SharingRule.Condition scope, Set<CaseStatus> statuses) {
        if (scope.matchesNothing()) {
            return List.of();
        }
        Where where = Where.within(scope).and("c.status IN :statuses", "statuses", statuses);
        var query = where.query(em, "SELECT c FROM AvrrCase c", AvrrCase.class);
        return query.getResultList();
    }
}
