package dev.avrr.monitoring.feedback;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.monitoring.returnees.ReturneeScope;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.sharing.SharingRule;
import dev.avrr.platform.time.Now;
import dev.avrr.platform.workqueue.WorkItem;
import dev.avrr.platform.workqueue.WorkItemSource;

/**
 * The sending office's caseworker is to read the returnee's feedback forwarded to it: on the work queue for 30 days
 * after it was forwarded, while it stays forwarded.
 */
@ApplicationScoped
public class FeedbackWork implements WorkItemSource {

    static final String FEEDBACK_FORWARDED = "FEEDBACK_FORWARDED";
    static final int DAYS_ON_THE_QUEUE = 30;

    @Inject
    EntityManager em;

    @Inject
    ReturneeScope scope;

    @Override
    public Set<String> kinds() {
        return Set.of(FEEDBACK_FORWARDED);
    }

    @Override
    @Transactional
    public List<WorkItem> items() {
        SharingRule.Condition asCaseworker = scope.asCaseworkerCondition("c");
        if (asCaseworker.matchesNothing()) {
            return List.of();
        }
        Where where = Where.of("c.caseId = f.caseId", Map.of()).and(asCaseworker)
                .and("f.status = :forwarded", "forwarded", FeedbackStatus.FORWARDED)
                .and("f.forwardedAt >= :from", "from", Now.time().minusDays(DAYS_ON_THE_QUEUE));
        var query = where.query(em, "SELECT f FROM ReturneeFeedback f, MonitoredCase c", ReturneeFeedback.class);
        return query.getResultList().stream().map(f -> new WorkItem(FEEDBACK_FORWARDED, f.id, f.caseId, f.forwardedAt,
                null, "/api/v1/monitoring/feedback/" + f.id)).toList();
    }
}
