package dev.avrr.referral.feedback;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.time.Now;
import dev.avrr.referral.intake.PersonRectifications;
import dev.avrr.referral.intake.Referral;
import dev.avrr.referral.intake.ReferralStepRecorded;
import dev.avrr.vocabulary.events.AccessRequested;
import dev.avrr.vocabulary.events.CaseProgressed;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.DisbursementPaid;
import dev.avrr.vocabulary.events.ErasureRequested;
import dev.avrr.vocabulary.events.MonitoringMilestone;
import dev.avrr.vocabulary.events.PersonRectified;
import dev.avrr.vocabulary.events.ReturnCompleted;
import dev.avrr.vocabulary.events.UdiDecisionRecorded;

/**
 * Turns other services' events into the referrer's milestones (each event once: the inbox guarantees it), links
 * a case to its referral, and queues webhooks for milestones and for the referral's own steps; the returnee's
 * feedback shared with the partners goes to {@link SharedFeedbacks}, a correction of the person to
 * {@link PersonRectifications}, a person's access request to {@link ReferralAccessPart}, the two steps of a person's
 * erasure to {@link ReferralErasure}.
 */
@ApplicationScoped
public class Milestones {

    @Inject
    PersonRectifications rectifications;

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    Webhooks webhooks;

    @Inject
    SharedFeedbacks sharedFeedbacks;

    @Inject
    ReferralAccessPart accessPart;

    @Inject
    ReferralErasure erasure;

    /** What a milestone event says, read from its own contract. */
    private record Fact(UUID caseId, OffsetDateTime at, String outcome, String stage, UUID referralId) {
    }

    /** Runs in the inbox's transaction for each event of the case, grant and monitoring topics. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(EventEnvelope event) {
        if (AccessRequested.TYPE.equals(event.type())) {
            accessPart.onRequested(event);
            return;
        }
        if (ErasureRequested.REQUESTED.equals(event.type())) {
            erasure.onRequested(event);
            return;
        }
        if (ErasureRequested.RELEASED.equals(event.type())) {
            erasure.onReleased(event);
            return;
        }
        if (SharedFeedbacks.handles(event.type())) {
            sharedFeedbacks.onEvent(event);
            return;
        }
        if (PersonRectified.TYPE.equals(event.type())) {
            rectifications.onRectified(event);
            return;
        }
        MilestoneKind kind = MilestoneKind.ofEventType(event.type()).orElse(null);
        if (kind == null) {
            return;
        }
        Fact fact = fact(kind, event);
        if (fact.referralId() != null && em.find(CaseLink.class, fact.caseId()) == null) {
            link(fact.caseId(), fact.referralId());
        }
        if (kind.oncePerCase() && !em.createQuery("SELECT m.id FROM Milestone m WHERE m.caseId = :c AND m.kind = :k",
                UUID.class).setParameter("c", fact.caseId()).setParameter("k", kind).getResultList().isEmpty()) {
            return;
        }
        Milestone m = new Milestone();
        m.id = UUID.randomUUID();
        m.eventId = event.id();
        m.caseId = fact.caseId();
        m.kind = kind;
        m.outcome = fact.outcome();
        m.stage = fact.stage();
        m.occurredAt = fact.at();
        m.receivedAt = Now.time();
        em.persist(m);
        CaseLink link = em.find(CaseLink.class, m.caseId);
        if (link != null) {
            Referral r = em.find(Referral.class, link.referralId);
            if (r != null) {
                webhooks.enqueue(r, TimelineEntry.of(m, r));
            }
        }
    }

    /** The referral's own steps are fed back too: its status changes. */
    void onStep(@Observes ReferralStepRecorded recorded) {
        webhooks.enqueue(recorded.referral(), TimelineEntry.of(recorded.step()));
    }

    /**
     * Links a case to its referral. Milestones that arrived before the link (another topic can overtake the
     * case topic) are queued for the webhooks now, in their order.
     */
    private void link(UUID caseId, UUID referralId) {
        CaseLink link = new CaseLink();
        link.caseId = caseId;
        link.referralId = referralId;
        link.linkedAt = Now.time();
        em.persist(link);
        Referral r = em.find(Referral.class, referralId);
        if (r == null) {
            return;
        }
        List<Milestone> earlier = em.createQuery("SELECT m FROM Milestone m WHERE m.caseId = :c ORDER BY m.occurredAt",
                Milestone.class).setParameter("c", caseId).getResultList();
        earlier.forEach(m -> webhooks.enqueue(r, TimelineEntry.of(m, r)));
        sharedFeedbacks.onLinked(r, caseId);
    }

    private Fact fact(MilestoneKind kind, EventEnvelope event) {
        return switch (kind) {
            case CASE_OPENED -> {
                CaseRegistered d = events.data(event, CaseRegistered.class);
                yield new Fact(d.caseId(), d.registeredAt(), null, null, d.referralId());
            }
            case UDI_DECISION_MADE -> {
                UdiDecisionRecorded d = events.data(event, UdiDecisionRecorded.class);
                yield new Fact(d.caseId(), d.decidedAt(), d.outcome(), d.stage(), d.referralId());
            }
            case TRAVEL_BOOKED, CASE_CLOSED -> {
                CaseProgressed d = events.data(event, CaseProgressed.class);
                yield new Fact(d.caseId(), d.at(), null, null, d.referralId());
            }
            case RETURNED -> {
                ReturnCompleted d = events.data(event, ReturnCompleted.class);
                yield new Fact(d.caseId(), event.time(), null, null, d.referralId());
            }
            case REINTEGRATION_STARTED -> {
                DisbursementPaid d = events.data(event, DisbursementPaid.class);
                yield new Fact(d.caseId(), d.paidAt(), null, null, null);
            }
            case MONITORING_STARTED, MONITORING_CONTACT_MADE, MONITORING_COMPLETED, MONITORING_ENDED_EARLY -> {
                MonitoringMilestone d = events.data(event, MonitoringMilestone.class);
                yield new Fact(d.caseId(), d.at(), null, null, null);
            }
        };
    }
}
