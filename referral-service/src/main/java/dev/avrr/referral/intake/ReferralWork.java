package dev.avrr.referral.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.platform.security.Caller;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.workqueue.WorkAnnouncements;
import dev.avrr.platform.workqueue.WorkItem;
import dev.avrr.platform.workqueue.WorkItemSource;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.WorkItemOpened;

/**
 * Referrals on the work queues: the IOM office's caseworker accepts (or declines) what reached its office — a
 * Norwegian referral once submitted, a Swedish one once the coordinator approved it — and, once accepted, awaits the
 * person's signed application (Välgrundat beslut on the Swedish route); the coordinator approves the Swedish
 * referrals submitted to it.
 */
@ApplicationScoped
public class ReferralWork implements WorkItemSource {

    static final String TO_ACCEPT = "REFERRAL_TO_ACCEPT";
    static final String TO_APPROVE = "REFERRAL_TO_APPROVE";
    static final String SIGNED_APPLICATION_AWAITED = "SIGNED_APPLICATION_AWAITED";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RoutingConfig routing;

    @Inject
    WorkAnnouncements announcements;

    @Override
    public Set<String> kinds() {
        return Set.of(TO_ACCEPT, TO_APPROVE, SIGNED_APPLICATION_AWAITED);
    }

    @Override
    @Transactional
    public List<WorkItem> items() {
        String org = caller.org().orElse(null);
        if (org == null) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        if (caller.hasRole(Roles.CASEWORKER)) {
            for (Jurisdiction j : Jurisdiction.values()) {
                if (routing.iomOffice(j).equals(org)) {
                    ReferralStatus waiting = j == Jurisdiction.SE ? ReferralStatus.APPROVED_BY_COORDINATOR
                            : ReferralStatus.SUBMITTED;
                    em.createQuery("SELECT r FROM Referral r WHERE r.jurisdiction = :j AND r.status = :s "
                            + "AND r.iomNotifiedAt IS NOT NULL", Referral.class).setParameter("j", j)
                            .setParameter("s", waiting).getResultList().forEach(r -> items.add(item(TO_ACCEPT, r)));
                    em.createQuery("SELECT r FROM Referral r WHERE r.jurisdiction = :j AND r.status = :accepted "
                            + "AND NOT EXISTS (SELECT a.referralId FROM SignedApplication a WHERE a.referralId = r.id)",
                            Referral.class).setParameter("j", j).setParameter("accepted", ReferralStatus.ACCEPTED)
                            .getResultList().forEach(r -> items.add(item(SIGNED_APPLICATION_AWAITED, r)));
                }
            }
        }
        if (caller.hasRole(Roles.COORDINATOR)) {
            em.createQuery("SELECT r FROM Referral r WHERE r.jurisdiction = :se AND r.coordinatorOrg = :org "
                    + "AND r.status = :s", Referral.class).setParameter("se", Jurisdiction.SE).setParameter("org", org)
                    .setParameter("s", ReferralStatus.AWAITING_COORDINATOR).getResultList()
                    .forEach(r -> items.add(item(TO_APPROVE, r)));
        }
        return items;
    }

    /**
     * Announces the items a command on this referral opened for the IOM office's caseworkers, in the command's
     * transaction: a referral that reached the office is to be accepted; an accepted one awaits the signed
     * application (which is recorded on an accepted referral only).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void announce(Referral r, ReferralTransitions.Command command) {
        String office = routing.iomOffice(r.jurisdiction);
        boolean reachedOffice = (command == ReferralTransitions.Command.SUBMIT
                || command == ReferralTransitions.Command.APPROVE) && r.statusChangedAt.equals(r.iomNotifiedAt);
        if (reachedOffice) {
            announcements.opened(WorkItemOpened.REFERRAL, item(TO_ACCEPT, r), office, Audience.CASEWORKER);
        }
        if (command == ReferralTransitions.Command.ACCEPT) {
            announcements.opened(WorkItemOpened.REFERRAL, item(SIGNED_APPLICATION_AWAITED, r), office, Audience.CASEWORKER);
        }
    }

    private static WorkItem item(String kind, Referral r) {
        return new WorkItem(kind, r.id, null, r.statusChangedAt, null, "/api/v1/referrals/" + r.id);
    }
}
