package dev.avrr.monitoring.plans;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.MonitoredCases;
import dev.avrr.monitoring.returnees.MonitoringStatus;
import dev.avrr.monitoring.returnees.MonitoringTransitions.Command;
import dev.avrr.monitoring.returnees.ReturneeScope;
import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.query.PagedQuery;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.statemachine.TransitionTable;
import dev.avrr.platform.time.Now;

/** The items of returnees' plans: read, fulfilled, missed, cancelled, and the plan completed when none is open. */
@ApplicationScoped
public class PlanItems {

    public static final String RESOURCE = "monitoring-plan";

    @Inject
    EntityManager em;

    @Inject
    MonitoredCases cases;

    @Inject
    ReturneeScope scope;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** An overdue item with its returnee's codes: the mission's work list. */
    public record Overdue(PlanItem item, MonitoredCase returnee, long daysOverdue) {
    }

    /** A returnee's monitoring with its plan. */
    public record Plan(MonitoredCase returnee, List<PlanItem> items) {
    }

    /** A returnee within the caller's scope, with the plan's items (audited). */
    @Transactional
    public Plan read(UUID caseId) {
        MonitoredCase c = cases.read(caseId);
        return new Plan(c, of(caseId));
    }

    /** The items of a plan, in order (none before the return). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PlanItem> of(UUID caseId) {
        return em.createQuery("SELECT i FROM PlanItem i WHERE i.caseId = :id ORDER BY i.position", PlanItem.class)
                .setParameter("id", caseId).getResultList();
    }

    /** The items of a plan, locked against the overdue job for a command that changes them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PlanItem> forUpdate(UUID caseId) {
        return em.createQuery("SELECT i FROM PlanItem i WHERE i.caseId = :id ORDER BY i.position", PlanItem.class)
                .setParameter("id", caseId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** Marks the item fulfilled by this contact, as the caller (the mission). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fulfil(MonitoredCase c, PlanItem item, UUID contactId) {
        item.take(ItemTransitions.TABLE.apply(ItemTransitions.Command.FULFIL, item.status(), scope.rolesFor(c)),
                Now.time(), caller.org().orElse(null));
        item.fulfilledBy = contactId;
    }

    /** The mission closes an overdue item it could not fulfil; the plan completes if it was the last open one. */
    @Transactional
    public Plan miss(UUID caseId, UUID itemId, String ifMatch) {
        MonitoredCase c = cases.scoped(caseId, LockModeType.PESSIMISTIC_WRITE, AuditTrail.UPDATE);
        ETags.check(ifMatch, c.version);
        cases.move(c, Command.CLOSE_ITEM);
        PlanItem item = em.find(PlanItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null || !item.caseId.equals(caseId)) {
            audit.refused(AuditTrail.UPDATE, RESOURCE, itemId, AuditOutcome.NOT_YOURS);
            throw Problems.notFound("monitoring item");
        }
        item.take(ItemTransitions.TABLE.apply(ItemTransitions.Command.MISS, item.status(), scope.rolesFor(c)),
                Now.time(), caller.org().orElse(null));
        completeIfClosed(c);
        em.flush();
        return new Plan(c, of(caseId));
    }

    /** The label of the item a protection alert adds to a completed plan. */
    public static final String PROTECTION_FOLLOW_UP = "Protection follow-up";

    /**
     * A protection concern raised after the plan completed reopens follow-up: one item, open today and due within
     * {@code days}, which a contact fulfils or the mission closes as missed; the plan completes again when it is
     * closed. A plan that ended early (the returnee declined monitoring) is not reopened, nor one still running
     * (its items go on).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopenForProtection(MonitoredCase c, int days) {
        if (c.status() != MonitoringStatus.COMPLETED) {
            return;
        }
        List<PlanItem> plan = forUpdate(c.caseId);
        PlanItem item = new PlanItem();
        item.id = UUID.randomUUID();
        item.caseId = c.caseId;
        item.position = plan.stream().mapToInt(i -> i.position).max().orElse(0) + 1;
        item.label = PROTECTION_FOLLOW_UP;
        item.opensOn = Now.today();
        item.dueDate = Now.today().plusDays(days);
        item.planned();
        em.persist(item);
        cases.moveAsSystem(c, Command.REOPEN_FOR_PROTECTION);
        audit.success(AuditTrail.UPDATE, RESOURCE, c.caseId);
    }

    /** Completes the plan when no item is open any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void completeIfClosed(MonitoredCase c) {
        if (c.status() == MonitoringStatus.ACTIVE && of(c.caseId).stream().noneMatch(i -> i.status().isOpen())) {
            cases.moveAsSystem(c, Command.COMPLETE);
        }
    }

    /** Cancels every open item: the returnee declined further monitoring. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelOpen(MonitoredCase c) {
        cancelOpen(c, caller.org().orElse(null));
    }

    /** Cancels the open items as the service itself, when the person's consent to share for the return ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelOpenAsSystem(MonitoredCase c) {
        cancelOpen(c, null);
    }

    private void cancelOpen(MonitoredCase c, String byOrg) {
        OffsetDateTime now = Now.time();
        for (PlanItem item : forUpdate(c.caseId)) {
            if (item.status().isOpen()) {
                item.take(ItemTransitions.TABLE.apply(ItemTransitions.Command.CANCEL, item.status(),
                        Set.of(TransitionTable.SYSTEM)), now, byOrg);
            }
        }
    }

    /** The overdue items of the caller's returnees (the mission's country, the caseworker's office), oldest first. */
    @Transactional
    public Page<Overdue> overdue(PageRequest page) {
        scope.requireClaims();
        Where where = Where.of("c.caseId = i.caseId AND i.status = :overdue", Map.of("overdue", ItemStatus.OVERDUE))
                .and(scope.condition("c"));
        Page<Object[]> rows = PagedQuery.select(em, "SELECT i, c", "FROM PlanItem i, MonitoredCase c"
                + where.clause(), "ORDER BY i.dueDate, i.caseId, i.position", where.parameters(), page, Object[].class);
        LocalDate today = Now.today();
        List<Overdue> found = rows.items().stream().map(r -> new Overdue((PlanItem) r[0], (MonitoredCase) r[1],
                ChronoUnit.DAYS.between(((PlanItem) r[0]).dueDate, today))).toList();
        audit.successAll(AuditTrail.READ, MonitoredCases.RESOURCE,
                found.stream().map(o -> o.returnee().caseId).distinct().toList());
        return rows.with(found);
    }
}
