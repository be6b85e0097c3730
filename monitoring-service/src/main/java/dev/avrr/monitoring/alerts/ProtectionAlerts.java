package dev.avrr.monitoring.alerts;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.monitoring.notifications.NotificationKind;
import dev.avrr.monitoring.notifications.Notifications;
import dev.avrr.monitoring.plans.PlanItems;
import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.MonitoredCases;
import dev.avrr.monitoring.returnees.MonitoringStatus;
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
import dev.avrr.platform.statemachine.TransitionTable.Transition;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.ProtectionAlertNotice;

/**
 * Protection alerts: raised by a mission's contact, they reach the sending office at once (an event that says
 * only that an alert needs its attention, and its open-alerts list) and stay open until its caseworker has
 * acknowledged and resolved them, each step recorded.
 */
@ApplicationScoped
public class ProtectionAlerts {

    public static final String RESOURCE = "protection-alert";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ReturneeScope scope;

    @Inject
    MonitoredCases cases;

    @Inject
    PlanItems plans;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    @Inject
    Notifications notifications;

    /** An alert with its returnee and its recorded steps (steps only when read one by one). */
    public record Found(ProtectionAlert alert, MonitoredCase returnee, List<AlertStep> steps) {
    }

    /**
     * The guard of an alert raised on its own: the sending office handed the case over to the mission of the
     * country of return.
     */
    public static final String BEFORE_HANDOVER = "handover-missing";

    /**
     * Raises an alert from a contact just recorded, in the contact's transaction: reported by staff, under the
     * monitoring consent a contact needs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProtectionAlert raise(MonitoredCase c, UUID contactId, AlertKind kind, String details) {
        return raise(c, contactId, new AlertInput(kind, AlertUrgency.NORMAL, AlertReporter.STAFF, details),
                AlertLegalBasis.CONSENT);
    }

    /**
     * Raises an alert for a returnee at any time after the handover to the mission — before departure, during
     * monitoring, after it completed or ended early — by the mission or the sending office. Once the person withdrew
     * their consent to monitoring, the alert is recorded under their vital interests; after the plan completed, it
     * reopens follow-up with a protection item, due the next day for an urgent concern, within a week otherwise.
     */
    @Transactional
    public Found raise(UUID caseId, AlertInput input) {
        MonitoredCase c = cases.scoped(caseId, LockModeType.PESSIMISTIC_WRITE, AuditTrail.CREATE);
        if (!c.sharing.handedOverToMission) {
            audit.refused(AuditTrail.CREATE, RESOURCE, caseId, AuditOutcome.REFUSED);
            throw Problems.stateConflict("returnee", c.status().name(), BEFORE_HANDOVER);
        }
        AlertLegalBasis basis = c.status() == MonitoringStatus.ENDED_EARLY ? AlertLegalBasis.VITAL_INTERESTS
                : AlertLegalBasis.CONSENT;
        ProtectionAlert a = raise(c, null, input, basis);
        plans.reopenForProtection(c, input.urgency() == AlertUrgency.URGENT ? 1 : 7);
        em.flush();
        return new Found(a, c, steps(a.id));
    }

    private ProtectionAlert raise(MonitoredCase c, UUID contactId, AlertInput input, AlertLegalBasis basis) {
        OffsetDateTime now = Now.time();
        ProtectionAlert a = new ProtectionAlert();
        a.id = UUID.randomUUID();
        a.caseId = c.caseId;
        a.contactId = contactId;
        a.kind(input.kind());
        a.urgency = input.urgency();
        a.reportedBy = input.reportedBy();
        a.legalBasis = basis;
        String details = input.details();
        a.details = details == null || details.isBlank() ? null : details.trim();
        a.raisedAt = now;
        a.raisedBy = caller.subject();
        a.raisedByOrg = caller.org().orElse(null);
        a.raised();
        em.persist(a);
        step(a, AlertStep.Step.RAISED, null, null, now);
        announce(a, c, ProtectionAlertNotice.RAISED, now);
        notifications.announce(c, NotificationKind.ALERT_RAISED, a.id);
        audit.success(AuditTrail.CREATE, RESOURCE, a.id);
        return a;
    }

    /**
     * The alerts of the caller's returnees, newest first: by default the unresolved ones (the open-alerts list),
     * or those of one status; optionally of one returnee.
     */
    @Transactional
    public Page<Found> list(AlertStatus status, UUID caseId, PageRequest page) {
        scope.requireClaims();
        Where where = Where.of("c.caseId = a.caseId", Map.of()).and(scope.condition("c"))
                .and("a.status IN :statuses", "statuses",
                        status == null ? EnumSet.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED) : Set.of(status))
                .and("a.caseId = :caseId", "caseId", caseId);
        Page<Object[]> rows = PagedQuery.select(em, "SELECT a, c", "FROM ProtectionAlert a, MonitoredCase c"
                + where.clause(), "ORDER BY a.raisedAt DESC, a.id", where.parameters(), page, Object[].class);
        List<Found> found = rows.items().stream()
                .map(r -> new Found((ProtectionAlert) r[0], (MonitoredCase) r[1], null)).toList();
        audit.successAll(AuditTrail.READ, RESOURCE, found.stream().map(f -> f.alert().id).toList());
        return rows.with(found);
    }

    @Transactional
    public Found read(UUID alertId) {
        Found f = scoped(alertId, LockModeType.NONE, AuditTrail.READ);
        audit.success(AuditTrail.READ, RESOURCE, alertId);
        return f;
    }

    /**
     * Every alert of the returnee, newest first, each as read on its own (kind, details, every step): for the
     * person's own access request, which is audited as an export, not read by a caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AlertView> heldFor(MonitoredCase c) {
        return em.createQuery("SELECT a FROM ProtectionAlert a WHERE a.caseId = :id ORDER BY a.raisedAt DESC, a.id",
                ProtectionAlert.class).setParameter("id", c.caseId).getResultList().stream()
                .map(a -> AlertView.full(new Found(a, c, steps(a.id)))).toList();
    }

    /** The sending office's caseworker has seen the alert and acts on it. */
    @Transactional
    public Found acknowledge(UUID alertId, String ifMatch) {
        return move(alertId, ifMatch, AlertTransitions.Command.ACKNOWLEDGE, AlertStep.Step.ACKNOWLEDGED,
                ProtectionAlertNotice.ACKNOWLEDGED, null);
    }

    /** The sending office's caseworker resolved the alert, saying how (a protected note). */
    @Transactional
    public Found resolve(UUID alertId, String ifMatch, String note) {
        return move(alertId, ifMatch, AlertTransitions.Command.RESOLVE, AlertStep.Step.RESOLVED,
                ProtectionAlertNotice.RESOLVED, note.trim());
    }

    private Found move(UUID alertId, String ifMatch, AlertTransitions.Command command, AlertStep.Step step,
            String eventType, String note) {
        Found f = scoped(alertId, LockModeType.PESSIMISTIC_WRITE, AuditTrail.UPDATE);
        ProtectionAlert a = f.alert();
        ETags.check(ifMatch, a.version);
        Transition<AlertStatus, AlertTransitions.Command> t = AlertTransitions.TABLE.apply(command, a.status(),
                scope.rolesFor(f.returnee()));
        OffsetDateTime now = Now.time();
        a.take(t);
        step(a, step, t.from(), note, now);
        announce(a, f.returnee(), eventType, now);
        audit.success(AuditTrail.UPDATE, RESOURCE, a.id);
        em.flush();
        return new Found(a, f.returnee(), steps(a.id));
    }

    private Found scoped(UUID alertId, LockModeType lock, String action) {
        scope.requireClaims();
        ProtectionAlert a = em.find(ProtectionAlert.class, alertId, lock);
        MonitoredCase c = a == null ? null : em.find(MonitoredCase.class, a.caseId);
        if (c == null || !scope.covers(c)) {
            audit.refused(action, RESOURCE, alertId, AuditOutcome.NOT_YOURS);
            throw Problems.notFound("protection alert");
        }
        if (lock == LockModeType.PESSIMISTIC_WRITE) {
            cases.requireNotErased(c, action, RESOURCE, alertId);
        }
        return new Found(a, c, steps(alertId));
    }

    private List<AlertStep> steps(UUID alertId) {
        return em.createQuery("SELECT s FROM AlertStep s WHERE s.alertId = :id ORDER BY s.id", AlertStep.class)
                .setParameter("id", alertId).getResultList();
    }

    private void step(ProtectionAlert a, AlertStep.Step step, AlertStatus from, String note, OffsetDateTime at) {
        AlertStep s = new AlertStep();
        s.alertId = a.id;
        s.step = step;
        s.fromStatus = from;
        s.toStatus = a.status();
        s.occurredAt = at;
        s.actor = caller.subject();
        s.actorOrg = caller.org().orElse(null);
        s.note = note;
        em.persist(s);
    }

    private void announce(ProtectionAlert a, MonitoredCase c, String type, OffsetDateTime at) {
        String key = c.caseId.toString();
        outbox.add(key, events.create(type, key, new ProtectionAlertNotice(a.id, c.caseId, c.office, at)));
    }
}
