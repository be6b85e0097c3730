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
import dev.avrr.platform.workqueue.WorkAnnouncements;
import dev.avrr.platform.workqueue.WorkItem;
import dev.avrr.platform.workqueue.WorkItemSource;
import dev.avrr.vocabulary.events.WorkItemOpened;

/**
 * Cases on the work queues: UDI's cases submitted to it for a decision; the caseworker's cases whose next step is
 * booking travel but a travel gate refuses it today (what is missing is read on the case).
 */
@ApplicationScoped
public class CaseWork implements WorkItemSource {

    static final String SUBMITTED_TO_UDI = "CASE_SUBMITTED_TO_UDI";
    static final String BLOCKED_ON_TRAVEL_GATE = "CASE_BLOCKED_ON_TRAVEL_GATE";

    /** The statuses from which travel may be booked next, on one route or the other. */
    private static final Set<CaseStatus> BOOKABLE = CaseTransitions.bookingFrom();

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    WorkAnnouncements announcements;

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
        cases(access.scopeAs(Audience.CASEWORKER), BOOKABLE).stream()
                .filter(c -> !CaseTransitions.travelRefusals(c, Now.today()).isEmpty())
                .forEach(c -> items.add(blocked(c)));
        return items;
    }

    /**
     * Announces to the office's caseworkers, in the transaction of the move, a case that just reached a status
     * where travel is booked next while a travel gate still refuses it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void moved(AvrrCase c, CaseStatus from) {
        if (from != c.status() && !CaseTransitions.travelRefusals(c, Now.today()).isEmpty()) {
            announcements.opened(WorkItemOpened.CASE, blocked(c), c.office, Audience.CASEWORKER);
        }
    }

    private static WorkItem blocked(AvrrCase c) {
        return new WorkItem(BLOCKED_ON_TRAVEL_GATE, c.id, c.id, c.statusChangedAt, null, "/api/v1/cases/" + c.id);
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
