package dev.avrr.monitoring.feedback;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.monitoring.consent.ConsentDecision;
import dev.avrr.monitoring.consent.ConsentInput;
import dev.avrr.monitoring.consent.ConsentPurpose;
import dev.avrr.monitoring.consent.Consents;
import dev.avrr.monitoring.notifications.NotificationKind;
import dev.avrr.monitoring.notifications.Notifications;
import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.MonitoredCases;
import dev.avrr.monitoring.returnees.MonitoringTransitions.Command;
import dev.avrr.monitoring.returnees.ReturneeScope;
import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.query.PagedQuery;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.sharing.SharingRule;
import dev.avrr.platform.statemachine.TransitionTable.Transition;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.FeedbackSharing;
import dev.avrr.vocabulary.events.FeedbackWords;
import dev.avrr.vocabulary.events.PartnerRecipient;

/**
 * The returnee's own feedback (Återkoppling, docs/domain.md#the-swedish-route): recorded by the mission; forwarded to the sending
 * office only with the returnee's consent, recorded each time, and never carried by an event; the words the returnee
 * approved for a partner who referred them reach that partner's timeline only under a consent naming it, sealed in
 * an event to referral-service.
 */
@ApplicationScoped
public class ReturneeFeedbacks {

    public static final String RESOURCE = "returnee-feedback";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MonitoredCases cases;

    @Inject
    ReturneeScope scope;

    @Inject
    Consents consents;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Notifications notifications;

    @Inject
    Events events;

    /** A piece of feedback with its returnee, and whether the caller may (still) read its text. */
    public record Found(ReturneeFeedback feedback, MonitoredCase returnee, boolean readable) {
    }

    @Transactional
    public Found record(UUID caseId, FeedbackInput input) {
        MonitoredCase c = cases.scoped(caseId, LockModeType.PESSIMISTIC_WRITE, AuditTrail.UPDATE);
        cases.move(c, Command.RECORD_FEEDBACK);
        ReturneeFeedback f = new ReturneeFeedback();
        f.id = UUID.randomUUID();
        f.caseId = caseId;
        f.receivedOn = input.receivedOn();
        f.language = input.language();
        f.text = input.text().trim();
        f.recordedBy = caller.subject();
        f.recordedByOrg = caller.org().orElse(null);
        f.recordedAt = Now.time();
        f.kept();
        em.persist(f);
        audit.success(AuditTrail.CREATE, RESOURCE, f.id);
        if (input.consentToForward()) {
            forward(c, f, new ConsentInput(input.receivedOn(), input.language()));
        }
        for (PartnerRecipient r : input.partners()) {
            share(c, f, new PartnerSharingInput(r, input.summaryForPartners(), input.receivedOn(), input.language()));
        }
        em.flush();
        return new Found(f, c, true);
    }

    /** The returnee consents (later) to forwarding: recorded, and the sending office may read it. */
    @Transactional
    public Found forward(UUID feedbackId, String ifMatch, ConsentInput consent) {
        Found found = scoped(feedbackId, LockModeType.PESSIMISTIC_WRITE, AuditTrail.UPDATE);
        ETags.check(ifMatch, found.feedback().version);
        forward(found.returnee(), found.feedback(), consent);
        em.flush();
        return found;
    }

    /**
     * The returnee lets the feedback reach one partner who referred them: the consent naming that partner recorded,
     * and the words they approved sent sealed to referral-service, which puts them on that partner's timeline.
     */
    @Transactional
    public Found shareWithPartner(UUID feedbackId, String ifMatch, PartnerSharingInput input) {
        Found found = scoped(feedbackId, LockModeType.PESSIMISTIC_FORCE_INCREMENT, AuditTrail.UPDATE);
        ETags.check(ifMatch, found.feedback().version);
        requireMission(found);
        share(found.returnee(), found.feedback(), input);
        em.flush();
        return found;
    }

    /** The returnee takes it back from that partner: recorded, and referral-service takes it off the timeline. */
    @Transactional
    public Found withdrawFromPartner(UUID feedbackId, String ifMatch, PartnerSharingInput input) {
        Found found = scoped(feedbackId, LockModeType.PESSIMISTIC_FORCE_INCREMENT, AuditTrail.UPDATE);
        ETags.check(ifMatch, found.feedback().version);
        String recipient = recipient(input.recipient());
        if (!consents.standing(feedbackId, ConsentPurpose.FEEDBACK_TO_PARTNER).contains(recipient)) {
            throw Problems.stateConflict("feedback", "NOT_SHARED", "not shared with the " + recipient);
        }
        MonitoredCase c = found.returnee();
        consents.record(c, ConsentPurpose.FEEDBACK_TO_PARTNER, recipient, feedbackId, ConsentDecision.WITHDRAWN,
                new ConsentInput(input.declaredOn(), input.language()));
        String key = c.caseId.toString();
        outbox.add(key, events.create(FeedbackSharing.WITHDRAWN, key,
                new FeedbackSharing(c.caseId, feedbackId, List.of(input.recipient()), Now.time())));
        audit.success(AuditTrail.UPDATE, RESOURCE, feedbackId);
        em.flush();
        return new Found(found.feedback(), c, FeedbackForwardedOnlyWithConsent.mayRead(scope, c, found.feedback()));
    }

    private void share(MonitoredCase c, ReturneeFeedback f, PartnerSharingInput input) {
        String recipient = recipient(input.recipient());
        if (consents.standing(f.id, ConsentPurpose.FEEDBACK_TO_PARTNER).contains(recipient)) {
            throw Problems.stateConflict("feedback", "SHARED", "already shared with the " + recipient);
        }
        String words = SharedWithPartners.words(input.recipient(), c.jurisdiction, input.summary(), f.text);
        consents.record(c, ConsentPurpose.FEEDBACK_TO_PARTNER, recipient, f.id, ConsentDecision.GIVEN,
                new ConsentInput(input.declaredOn(), input.language()));
        String key = c.caseId.toString();
        outbox.add(key, events.createWithPersonal(FeedbackSharing.SHARED, key,
                new FeedbackSharing(c.caseId, f.id, List.of(input.recipient()), Now.time()), new FeedbackWords(words)));
        audit.success(AuditTrail.UPDATE, RESOURCE, f.id);
    }

    private void requireMission(Found found) {
        if (!scope.asMission(found.returnee())) {
            throw Problems.forbidden("Only the mission that took the feedback records the returnee's decision");
        }
    }

    /** How a partner is named as the recipient of a consent: its part, resolved by referral-service. */
    static String recipient(PartnerRecipient r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    /** The returnee withdraws the consent: recorded, and the sending office no longer reads the feedback. */
    @Transactional
    public Found withdrawConsent(UUID feedbackId, String ifMatch, ConsentInput consent) {
        Found found = scoped(feedbackId, LockModeType.PESSIMISTIC_WRITE, AuditTrail.UPDATE);
        ETags.check(ifMatch, found.feedback().version);
        move(found, FeedbackTransitions.Command.WITHDRAW_CONSENT);
        consents.record(found.returnee(), ConsentPurpose.FEEDBACK_FORWARDING, found.returnee().office,
                found.feedback().id, ConsentDecision.WITHDRAWN, consent);
        em.flush();
        return new Found(found.feedback(), found.returnee(),
                FeedbackForwardedOnlyWithConsent.mayRead(scope, found.returnee(), found.feedback()));
    }

    @Transactional
    public Found read(UUID feedbackId) {
        Found found = scoped(feedbackId, LockModeType.NONE, AuditTrail.READ);
        audit.success(AuditTrail.READ, RESOURCE, feedbackId);
        return found;
    }

    /**
     * The feedback the caller may read, newest first: the mission all of its country's returnees', the sending
     * office only what is forwarded to it; optionally of one returnee or one status.
     */
    @Transactional
    public Page<Found> list(UUID caseId, FeedbackStatus status, PageRequest page) {
        scope.requireClaims();
        SharingRule.Condition asCaseworker = scope.asCaseworkerCondition("c");
        Map<String, Object> forwardedOnly = new HashMap<>(asCaseworker.parameters());
        forwardedOnly.put("forwarded", FeedbackStatus.FORWARDED);
        SharingRule.Condition readable = scope.asMissionCondition("c").or(new SharingRule.Condition(
                "(" + asCaseworker.jpql() + " AND f.status = :forwarded)", forwardedOnly));
        Where where = Where.of("c.caseId = f.caseId", Map.of()).and(readable)
                .and("f.caseId = :caseId", "caseId", caseId).and("f.status = :status", "status", status);
        Page<Object[]> rows = PagedQuery.select(em, "SELECT f, c", "FROM ReturneeFeedback f, MonitoredCase c"
                + where.clause(), "ORDER BY f.recordedAt DESC, f.id", where.parameters(), page, Object[].class);
        List<Found> found = rows.items().stream()
                .map(r -> new Found((ReturneeFeedback) r[0], (MonitoredCase) r[1], true)).toList();
        audit.successAll(AuditTrail.READ, RESOURCE, found.stream().map(f -> f.feedback().id).toList());
        return rows.with(found);
    }

    /**
     * Every piece of the returnee's feedback, newest first, with its text as the mission reads it: for the person's
     * own access request, which is audited as an export, not read by a caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FeedbackView> heldFor(MonitoredCase c) {
        return em.createQuery("SELECT f FROM ReturneeFeedback f WHERE f.caseId = :id ORDER BY f.recordedAt DESC, f.id",
                ReturneeFeedback.class).setParameter("id", c.caseId).getResultList().stream()
                .map(f -> FeedbackView.of(new Found(f, c, true))).toList();
    }

    private void forward(MonitoredCase c, ReturneeFeedback f, ConsentInput consent) {
        move(new Found(f, c, true), FeedbackTransitions.Command.FORWARD);
        consents.record(c, ConsentPurpose.FEEDBACK_FORWARDING, c.office, f.id, ConsentDecision.GIVEN, consent);
        notifications.announce(c, NotificationKind.FEEDBACK_RECEIVED, f.id);
    }

    private void move(Found found, FeedbackTransitions.Command command) {
        Transition<FeedbackStatus, FeedbackTransitions.Command> t = FeedbackTransitions.TABLE.apply(command,
                found.feedback().status(), scope.rolesFor(found.returnee()));
        OffsetDateTime now = Now.time();
        found.feedback().take(t, now);
        audit.success(AuditTrail.UPDATE, RESOURCE, found.feedback().id);
    }

    /** Feedback the caller may read; anything else, including feedback not forwarded to the office, is 404. */
    private Found scoped(UUID feedbackId, LockModeType lock, String action) {
        scope.requireClaims();
        ReturneeFeedback f = em.find(ReturneeFeedback.class, feedbackId, lock);
        MonitoredCase c = f == null ? null : em.find(MonitoredCase.class, f.caseId);
        if (c == null || !FeedbackForwardedOnlyWithConsent.mayRead(scope, c, f)) {
            audit.refused(action, RESOURCE, feedbackId, AuditOutcome.NOT_YOURS);
            throw Problems.notFound("feedback");
        }
        if (lock == LockModeType.PESSIMISTIC_WRITE) {
            cases.requireNotErased(c, action, RESOURCE, feedbackId);
        }
        return new Found(f, c, true);
    }
}
