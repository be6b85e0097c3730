package dev.avrr.grant.plan;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.grant.access.AuditedRefusals;
import dev.avrr.grant.allocation.Entitlement;
import dev.avrr.grant.allocation.EntitlementCategory;
import dev.avrr.grant.allocation.Entitlements;
import dev.avrr.grant.ledger.CategoryBalance;
import dev.avrr.grant.ledger.Ledger;
import dev.avrr.grant.money.AmountRules;
import dev.avrr.grant.plan.PlanTransitions.Command;
import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.statemachine.TransitionTable;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.ReintegrationPlanApproved;

/** Reintegration plans: drafted and submitted by the mission, approved or returned by the caseworker. */
@ApplicationScoped
public class Plans {

    public static final String RESOURCE = "reintegration-plan";

    @Inject
    EntityManager em;

    @Inject
    Entitlements entitlements;

    @Inject
    Ledger ledger;

    @Inject
    PlanCommitments planLines;

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    PlanWork work;

    /** A plan and the entitlement it belongs to, both within the caller's scope. */
    record Scoped(ReintegrationPlan plan, Entitlement entitlement) {
    }

    @Transactional
    public PlanView create(UUID entitlementId, PlanInput input) {
        Entitlement e = entitlements.scoped(entitlementId, LockModeType.PESSIMISTIC_WRITE, Roles.MISSION);
        return AuditedRefusals.run(audit, AuditTrail.CREATE, Entitlements.RESOURCE, e.id, () -> {
            em.createQuery("SELECT p FROM ReintegrationPlan p WHERE p.entitlementId = :e AND p.status <> :approved",
                    ReintegrationPlan.class).setParameter("e", e.id).setParameter("approved", PlanStatus.APPROVED)
                    .getResultStream().findFirst().ifPresent(open -> {
                        throw Problems.stateConflict("plan", open.status().name(),
                                "one plan in the making per entitlement: finish plan " + open.id + " first");
                    });
            OffsetDateTime now = Now.time();
            ReintegrationPlan p = new ReintegrationPlan();
            p.id = UUID.randomUUID();
            p.entitlementId = e.id;
            p.createdBy = caller.subject();
            p.createdAt = now;
            p.started(now);
            content(p, e, input);
            em.persist(p);
            em.flush();
            audit.success(AuditTrail.CREATE, RESOURCE, p.id);
            return view(p, e);
        });
    }

    @Transactional
    public PlanView update(UUID planId, String ifMatch, PlanInput input) {
        ETags.require(ifMatch);
        Scoped s = scoped(planId, LockModeType.PESSIMISTIC_WRITE, Roles.MISSION);
        return AuditedRefusals.run(audit, AuditTrail.UPDATE, RESOURCE, planId, () -> {
            ETags.check(ifMatch, s.plan().version);
            TransitionTable.Transition<PlanStatus, Command> t = PlanTransitions.MACHINE.apply(Command.EDIT,
                    s.plan().status(), caller.roles());
            s.plan().take(t, caller.subject(), Now.time());
            s.plan().lines.clear();
            em.flush();
            content(s.plan(), s.entitlement(), input);
            em.flush();
            audit.success(AuditTrail.UPDATE, RESOURCE, planId);
            return view(s.plan(), s.entitlement());
        });
    }

    /** Submits, approves or returns a plan; {@code reason} only for a return. */
    @Transactional
    public PlanView command(UUID planId, Command command, String ifMatch, String reason) {
        String role = command == Command.SUBMIT ? Roles.MISSION : Roles.CASEWORKER;
        Scoped s = scoped(planId, LockModeType.PESSIMISTIC_WRITE, role);
        ReintegrationPlan p = s.plan();
        Entitlement e = s.entitlement();
        return AuditedRefusals.run(audit, AuditTrail.UPDATE, RESOURCE, planId, () -> {
            ETags.check(ifMatch, p.version);
            TransitionTable.Transition<PlanStatus, Command> t = PlanTransitions.MACHINE.apply(command, p.status(),
                    caller.roles());
            if (command == Command.SUBMIT || command == Command.APPROVE) {
                withinBalance(p, e);
            }
            OffsetDateTime now = Now.time();
            p.take(t, caller.subject(), now);
            if (command == Command.RETURN) {
                p.returnReason = reason.trim();
            }
            if (command == Command.APPROVE) {
                String key = e.caseId.toString();
                outbox.add(key, events.create(ReintegrationPlanApproved.TYPE, key,
                        new ReintegrationPlanApproved(e.caseId, p.id, e.beneficiaryId, now)));
            }
            work.commanded(p, e, command);
            em.flush();
            audit.success(AuditTrail.UPDATE, RESOURCE, planId);
            return view(p, e);
        });
    }

    @Transactional
    public PlanView read(UUID planId) {
        Scoped s = scoped(planId, LockModeType.NONE, Roles.MISSION, Roles.CASEWORKER);
        audit.success(AuditTrail.READ, RESOURCE, planId);
        return view(s.plan(), s.entitlement());
    }

    @Transactional
    public List<PlanView> forEntitlement(UUID entitlementId) {
        Entitlement e = entitlements.scoped(entitlementId, LockModeType.NONE, Roles.MISSION, Roles.CASEWORKER);
        List<ReintegrationPlan> plans = em.createQuery("SELECT p FROM ReintegrationPlan p WHERE p.entitlementId = :e "
                + "ORDER BY p.createdAt, p.id", ReintegrationPlan.class).setParameter("e", e.id).getResultList();
        audit.successAll(AuditTrail.READ, RESOURCE, plans.stream().map(p -> p.id).toList());
        return plans.stream().map(p -> view(p, e)).toList();
    }

    /**
     * The plans of a case's entitlements, oldest first, for the person's access request only: neither scoped nor
     * audited one by one (the part they go into is audited as an export).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PlanView> forAccessRequest(UUID caseId) {
        List<Object[]> rows = em.createQuery("SELECT p, e FROM ReintegrationPlan p, Entitlement e "
                + "WHERE e.id = p.entitlementId AND e.caseId = :c ORDER BY p.createdAt, p.id", Object[].class)
                .setParameter("c", caseId).getResultList();
        return rows.stream().map(r -> view((ReintegrationPlan) r[0], (Entitlement) r[1])).toList();
    }

    /**
     * A plan within the caller's scope in one of {@code roles}, with its entitlement, whose lock guards the
     * plan too; the plan is read again under it.
     */
    /** The plan if the caller's scope covers its entitlement; a change locks the entitlement first. */
    private Scoped scoped(UUID planId, LockModeType lock, String... roles) {
        ReintegrationPlan p = em.find(ReintegrationPlan.class, planId);
        if (p == null) {
            audit.refused(AuditTrail.READ, RESOURCE, planId, AuditOutcome.NOT_YOURS);
            throw Problems.notFound("plan");
        }
        Entitlement e;
        try {
            e = entitlements.scoped(p.entitlementId, lock, roles);
        } catch (ProblemException refused) {
            // Not the caller's entitlement: not found, as the plan; an erased person's stays a 409.
            if (refused.problem().status == 404) {
                throw Problems.notFound("plan");
            }
            throw refused;
        }
        if (lock == LockModeType.PESSIMISTIC_WRITE) {
            em.refresh(p);
        }
        return new Scoped(p, e);
    }

    private void content(ReintegrationPlan p, Entitlement e, PlanInput input) {
        p.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().trim();
        int position = 0;
        for (PlanInput.Line in : input.lines()) {
            String field = "lines[" + position + "]";
            EntitlementCategory category = e.category(in.category())
                    .orElseThrow(() -> Problems.invalid(field + ".category", "is not a category of this entitlement"));
            PermittedUse.check(position + 1, category, in.activity(), in.description());
            PlanLine l = new PlanLine();
            l.id = UUID.randomUUID();
            l.plan = p;
            l.position = ++position;
            l.category = category.code;
            l.activity = in.activity();
            l.description = in.description() == null || in.description().isBlank() ? null : in.description().trim();
            l.provider = new PlanLine.Provider(in.provider().name().trim(), in.provider().reference());
            l.amount = AmountRules.check(field + ".amount", in.amount(), e.currency);
            p.lines.add(l);
        }
        withinBalance(p, e);
    }

    /** A plan asks for no more per category than the category has left. */
    private void withinBalance(ReintegrationPlan p, Entitlement e) {
        Map<String, BigDecimal> asked = new HashMap<>();
        Map<UUID, BigDecimal> committed = planLines.committed(p.lines.stream().map(l -> l.id).toList());
        p.lines.forEach(l -> asked.merge(l.category, l.amount.subtract(committed.getOrDefault(l.id, BigDecimal.ZERO)),
                BigDecimal::add));
        Map<String, CategoryBalance> balances = ledger.balances(e.id, e.categoryCodes());
        asked.forEach((category, amount) -> AmountRules.withinBalance(category, amount,
                balances.get(category).available(), e.currency));
    }

    private PlanView view(ReintegrationPlan p, Entitlement e) {
        return PlanView.of(p, e, planLines.committed(p.lines.stream().map(l -> l.id).toList()));
    }
}
