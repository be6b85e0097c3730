package dev.avrr.referral.feedback;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.time.Now;
import dev.avrr.referral.intake.Jurisdiction;
import dev.avrr.referral.intake.Referral;
import dev.avrr.vocabulary.events.FeedbackSharing;
import dev.avrr.vocabulary.events.FeedbackWords;
import dev.avrr.vocabulary.events.PartnerRecipient;

/**
 * Återkoppling of the returnee's own words (docs/domain.md#the-swedish-route, step 12): what monitoring-service says
 * the returnee let reach the referrer or the coordinator is kept per recipient, shown on that organisation's timeline
 * and sent to its webhook — only to it, only while its consent to feedback stands; a withdrawal takes it off the
 * timeline and cancels what was not yet delivered. Words that arrive for a referral whose person was erased are not
 * kept.
 */
@ApplicationScoped
public class SharedFeedbacks {

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    Webhooks webhooks;

    /** Whether this event is one of the returnee's feedback decisions. */
    static boolean handles(String type) {
        return FeedbackSharing.SHARED.equals(type) || FeedbackSharing.WITHDRAWN.equals(type);
    }

    /** Runs in the inbox's transaction for a shared or withdrawn piece of feedback. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(EventEnvelope event) {
        FeedbackSharing sharing = events.data(event, FeedbackSharing.class);
        if (FeedbackSharing.SHARED.equals(event.type())) {
            if (referral(sharing.caseId()).filter(Referral::erased).isPresent()) {
                // Shared before the person's erasure and delivered after it: the words are not kept.
                return;
            }
            String words = events.personal(event, FeedbackWords.class).map(FeedbackWords::text).orElseThrow(
                    () -> new IllegalArgumentException("A shared feedback event carries no sealed words"));
            sharing.recipients().forEach(r -> shared(sharing, r, words));
        } else {
            sharing.recipients().forEach(r -> withdrawn(sharing, r));
        }
    }

    private void shared(FeedbackSharing sharing, PartnerRecipient recipient, String words) {
        Optional<SharedFeedback> existing = find(sharing.feedbackId(), recipient);
        SharedFeedback f = existing.orElseGet(SharedFeedback::new);
        if (existing.isEmpty()) {
            f.id = UUID.randomUUID();
            f.feedbackId = sharing.feedbackId();
            f.caseId = sharing.caseId();
            f.recipient = recipient;
        }
        f.words = words;
        f.sharedAt = sharing.at();
        f.withdrawnAt = null;
        if (existing.isEmpty()) {
            em.persist(f);
        }
        referral(f.caseId).ifPresent(r -> announce(r, f));
    }

    private void withdrawn(FeedbackSharing sharing, PartnerRecipient recipient) {
        find(sharing.feedbackId(), recipient).ifPresent(f -> {
            f.withdrawnAt = sharing.at() == null ? Now.time() : sharing.at();
            webhooks.cancel(f.id, "the returnee withdrew the feedback from this partner");
        });
    }

    /** The feedback shared with this case's partners and not withdrawn, once the case is linked to its referral. */
    void onLinked(Referral r, UUID caseId) {
        em.createQuery("SELECT f FROM SharedFeedback f WHERE f.caseId = :c AND f.withdrawnAt IS NULL "
                + "ORDER BY f.sharedAt", SharedFeedback.class).setParameter("c", caseId).getResultList()
                .forEach(f -> announce(r, f));
    }

    /** The timeline entries of the referral's shared feedback that reach {@code org}. */
    List<TimelineEntry> entriesFor(Referral r, String org) {
        return em.createQuery("SELECT f FROM SharedFeedback f WHERE f.withdrawnAt IS NULL AND f.caseId IN "
                + "(SELECT l.caseId FROM CaseLink l WHERE l.referralId = :r) ORDER BY f.sharedAt", SharedFeedback.class)
                .setParameter("r", r.id).getResultList().stream()
                .filter(f -> recipientOrg(r, f.recipient).filter(org::equals).isPresent())
                .map(f -> TimelineEntry.of(f, r)).toList();
    }

    private void announce(Referral r, SharedFeedback f) {
        recipientOrg(r, f.recipient).ifPresent(org -> webhooks.enqueueTo(r, org, TimelineEntry.of(f, r), f.id));
    }

    /** The organisation a recipient names on this referral: the referrer, or the Swedish route's coordinator. */
    static Optional<String> recipientOrg(Referral r, PartnerRecipient recipient) {
        return switch (recipient) {
            case REFERRER -> Optional.ofNullable(r.referringOrg);
            case COORDINATOR -> r.jurisdiction == Jurisdiction.SE ? Optional.ofNullable(r.coordinatorOrg)
                    : Optional.empty();
        };
    }

    private Optional<Referral> referral(UUID caseId) {
        CaseLink link = em.find(CaseLink.class, caseId);
        return link == null ? Optional.empty() : Optional.ofNullable(em.find(Referral.class, link.referralId));
    }

    private Optional<SharedFeedback> find(UUID feedbackId, PartnerRecipient recipient) {
        return em.createQuery("SELECT f FROM SharedFeedback f WHERE f.feedbackId = :f AND f.recipient = :r",
                SharedFeedback.class).setParameter("f", feedbackId).setParameter("r", recipient).getResultStream()
                .findFirst();
    }
}
