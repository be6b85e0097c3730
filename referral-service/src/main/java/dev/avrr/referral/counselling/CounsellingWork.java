package dev.avrr.referral.counselling;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.platform.security.Caller;
import dev.avrr.platform.workqueue.WorkItem;
import dev.avrr.platform.workqueue.WorkItemSource;
import dev.avrr.vocabulary.Roles;

/** The counsellor's work queue: the centre's minors owed a mandatory return conversation, since the decision. */
@ApplicationScoped
public class CounsellingWork implements WorkItemSource {

    static final String CONVERSATION_OWED = "MANDATORY_CONVERSATION_OWED";

    @Inject
    Caller caller;

    @Inject
    Counselling counselling;

    @Override
    public Set<String> kinds() {
        return Set.of(CONVERSATION_OWED);
    }

    @Override
    public List<WorkItem> items() {
        if (!caller.hasRole(Roles.COUNSELLOR) || caller.org().isEmpty()) {
            return List.of();
        }
        return counselling.owed().stream().map(o -> new WorkItem(CONVERSATION_OWED, o.trigger().id, null,
                o.trigger().recordedAt, null, "/api/v1/counselling/residents/" + o.resident().id)).toList();
    }
}
