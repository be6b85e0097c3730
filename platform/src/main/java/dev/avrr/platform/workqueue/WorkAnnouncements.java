package dev.avrr.platform.workqueue;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.avrr.platform.events.Events;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.vocabulary.events.WorkItemOpened;

/**
 * Tells the offices and missions that a new item arrived on their work queue (docs/work-queues.md): an
 * {@code avrr.<service>.work-item-opened.v1} event in the outbox of the transaction that made the item, which
 * monitoring-service turns into a notification for the subscribers who may see it. Ids, the kind and the office
 * only.
 */
@ApplicationScoped
public class WorkAnnouncements {

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    /**
     * Announces a new item for the caseworkers of {@code office}, or for the mission of its case.
     *
     * @param type   the service's own type: {@link WorkItemOpened#REFERRAL}, {@link WorkItemOpened#CASE} or
     *               {@link WorkItemOpened#GRANT} (the outbox refuses another service's)
     * @param office the IOM office that does the work, or that sent the case (for a mission's item)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(String type, WorkItem item, String office, Audience audience) {
        if (audience != Audience.CASEWORKER && audience != Audience.MISSION) {
            throw new IllegalArgumentException("Only an office's caseworkers and a mission are notified of items");
        }
        // referral-service's items come before a case: they are about the referral, which keys them.
        UUID referralId = WorkItemOpened.REFERRAL.equals(type) ? item.subjectId() : null;
        UUID keyId = item.caseId() != null ? item.caseId() : referralId;
        if (keyId == null) {
            throw new IllegalArgumentException("An item of a case names its case");
        }
        String key = keyId.toString();
        outbox.add(key, events.create(type, key, new WorkItemOpened(item.kind(), item.subjectId(), item.caseId(),
                referralId, office, audience.name(), item.href(), item.since())));
    }
}
