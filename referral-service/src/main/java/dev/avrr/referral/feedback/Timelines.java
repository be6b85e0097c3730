package dev.avrr.referral.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.security.Caller;
import dev.avrr.referral.intake.ConsentPurpose;
import dev.avrr.referral.intake.Referral;
import dev.avrr.referral.intake.Referrals;

/**
 * Återkoppling (docs/domain.md#the-swedish-route, step 12): the referrer — and on the Swedish route the coordinator — sees its
 * referral's own steps, and the case's sanitised milestones only while the person's consent to feedback to that
 * organisation stands; and the returnee's own words that they let reach this organisation, until they take them
 * back.
 */
@ApplicationScoped
public class Timelines {

    static final String RESOURCE = "referral-timeline";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Referrals referrals;

    @Inject
    AuditTrail audit;

    @Inject
    ReturnNews news;

    @Inject
    SharedFeedbacks sharedFeedbacks;

    /** Whether the person's consent to feedback to the caller's organisation stands. */
    public enum Feedback {
        STANDING, WITHDRAWN, NOT_GIVEN
    }

    @Schema(name = "Timeline")
    public record Timeline(UUID referralId, Feedback feedback, List<TimelineEntry> entries) {
    }

    @Transactional
    public Timeline of(UUID referralId) {
        Referral r = referrals.visible(referralId, LockModeType.NONE);
        String org = caller.requireOrg();
        Feedback feedback = feedback(r.id, org);
        List<TimelineEntry> entries = new ArrayList<>();
        referrals.steps(r).forEach(s -> entries.add(TimelineEntry.of(s)));
        if (feedback == Feedback.STANDING) {
            em.createQuery("SELECT m FROM Milestone m WHERE m.caseId IN (SELECT l.caseId FROM CaseLink l "
                    + "WHERE l.referralId = :r)", Milestone.class).setParameter("r", r.id).getResultList()
                    .stream().map(m -> TimelineEntry.of(m, r)).filter(e -> news.tells(org, r, e))
                    .forEach(entries::add);
            entries.addAll(sharedFeedbacks.entriesFor(r, org));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        audit.success(AuditTrail.READ, RESOURCE, r.id);
        return new Timeline(r.id, feedback, entries);
    }

    private Feedback feedback(UUID referralId, String org) {
        List<Boolean> standing = em.createQuery("SELECT c.withdrawnAt IS NULL FROM Consent c WHERE c.referralId = :r "
                + "AND c.purpose = :p AND c.recipientOrg = :o", Boolean.class).setParameter("r", referralId)
                .setParameter("p", ConsentPurpose.FEEDBACK_TO_REFERRER).setParameter("o", org).getResultList();
        return standing.contains(Boolean.TRUE) ? Feedback.STANDING
                : standing.isEmpty() ? Feedback.NOT_GIVEN : Feedback.WITHDRAWN;
    }
}
