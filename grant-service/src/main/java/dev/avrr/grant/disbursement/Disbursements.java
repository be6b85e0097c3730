package dev.avrr.grant.disbursement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.grant.access.AuditedRefusals;
import dev.avrr.grant.access.GrantScope;
import dev.avrr.grant.allocation.Entitlement;
import dev.avrr.grant.allocation.EntitlementCategory;
import dev.avrr.grant.allocation.Entitlements;
import dev.avrr.grant.cases.GrantCase;
import dev.avrr.grant.catalogue.EvidenceRequirement;
import dev.avrr.grant.catalogue.PayeeRule;
import dev.avrr.grant.catalogue.SupportForm;
import dev.avrr.grant.disbursement.DisbursementTransitions.Command;
import dev.avrr.grant.ledger.Account;
import dev.avrr.grant.ledger.EntryType;
import dev.avrr.grant.ledger.Ledger;
import dev.avrr.grant.money.AmountRules;
import dev.avrr.grant.plan.PlanLine;
import dev.avrr.grant.plan.PlanStatus;
import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Idempotency;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.query.PagedQuery;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.sharing.SharingRule;
import dev.avrr.platform.statemachine.TransitionTable;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.DisbursementApproved;
import dev.avrr.vocabulary.events.DisbursementPaid;

/**
 * Disbursements and the money they move. Every request and command takes the entitlement's row lock before it
 * reads a balance and writes the ledger, so parallel requests on one category, in one instance of the service
 * or several, are applied one after another and a balance never goes below zero.
 */
@ApplicationScoped
public class Disbursements {

    public static final String RESOURCE = "disbursement";
    public static final String APPROVED_PLAN_LINE = "approved-plan-line-required";
    public static final String WITHIN_PLAN_LINE = "within-plan-line";
    public static final String EXCHANGE_RATE = "exchange-rate-consistency";
    public static final String PAID_WITHIN_APPROVED = "paid-within-approved";
    /** What may differ between the local amount times the rate and the stated equivalent: rounding. */
    private static final BigDecimal ROUNDING = new BigDecimal("0.01");

    @Inject
    EntityManager em;

    @Inject
    Entitlements entitlements;

    @Inject
    Ledger ledger;

    @Inject
    CommittedOnPlanLines planLines;

    @Inject
    Idempotency idempotency;

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    GrantScope scope;

    /** The disbursement and whether this call made it (false: a retry that returns the first). */
    public record Requested(DisbursementView disbursement, boolean replayed) {
    }

    /** The filters of the disbursement list; null means any. */
    public record Filter(DisbursementStatus status, UUID caseId, UUID entitlementId, String category) {
    }

    @Transactional
    public Requested request(UUID entitlementId, String idempotencyKey, DisbursementRequest input) {
        Entitlement e = entitlements.scoped(entitlementId, LockModeType.PESSIMISTIC_WRITE, Roles.MISSION);
        return AuditedRefusals.run(audit, AuditTrail.CREATE, Entitlements.RESOURCE, e.id, () -> {
            UUID id = UUID.randomUUID();
            Idempotency.Claim claim = idempotency.claim("disbursement.request:" + e.id, idempotencyKey, input, id);
            if (claim.isReplay()) {
                Disbursement first = em.find(Disbursement.class, claim.firstResult().get());
                audit.success(AuditTrail.READ, RESOURCE, first.id);
                return new Requested(view(first, e), true);
            }
            GrantCase c = entitlements.requireActive(e);
            EntitlementCategory category = e.category(input.category())
                    .orElseThrow(() -> Problems.invalid("category", "is not a category of this entitlement"));
            BigDecimal amount = AmountRules.check("amount", input.amount(), e.currency);
            PayeeRule.check(category.code, category.form, e.minor, input.payee().type());
            // Who may be paid is a "never"; when is a "not yet": the first refusal names the stronger rule.
            PaymentMoment.check(category, c);
            UUID planLine = null;
            if (category.form == SupportForm.IN_KIND) {
                planLine = approvedLine(e, category, input.planLineId(), amount).id;
            } else if (input.planLineId() != null) {
                throw Problems.invalid("planLineId", "cash is paid without a plan line");
            }
            PhysicianStatementBeforePayment.check(category, statementRecorded(e, category));
            OneTimePayment.check(category, committedPayments(e, category));
            AmountRules.withinBalance(category.code, amount,
                    ledger.balances(e.id, e.categoryCodes()).get(category.code).available(), e.currency);
            OffsetDateTime now = Now.time();
            Disbursement d = new Disbursement();
            d.id = id;
            d.entitlementId = e.id;
            d.category = category.code;
            d.form = category.form;
            d.planLineId = planLine;
            d.payeeType = input.payee().type();
            d.payeeName = input.payee().name().trim();
            d.payeeAccount = input.payee().account();
            d.amount = amount;
            d.currency = e.currency;
            d.requestedBy = caller.subject();
            d.requestedByOrg = caller.org().orElse(null);
            d.requestedAt = now;
            d.requested(now);
            d.reservationTransaction = ledger.post(e.id, e.currency, EntryType.RESERVATION, d.id,
                    List.of(Ledger.Move.within(category.code, Account.AVAILABLE, Account.RESERVED, amount)));
            em.persist(d);
            e.changed(now);
            em.flush();
            audit.success(AuditTrail.CREATE, RESOURCE, d.id);
            return new Requested(view(d, e), false);
        });
    }

    /** Approves, rejects or cancels; {@code reason} for a rejection or a cancellation. */
    @Transactional
    public DisbursementView decide(UUID id, Command command, String ifMatch, String reason) {
        String role = command == Command.CANCEL ? Roles.MISSION : Roles.FINANCE;
        return change(id, command, ifMatch, (d, e, now) -> {
            if (command == Command.APPROVE) {
                FourEyes.check(d.requestedBy, caller.subject());
                entitlements.requireActive(e);
                String key = e.caseId.toString();
                outbox.add(key, events.createWithPersonal(DisbursementApproved.TYPE, key,
                        new DisbursementApproved(e.caseId, e.id, e.beneficiaryId, d.id, now),
                        new DisbursementApproved.Payment(d.category, d.form.name(), d.payeeType.name(), d.amount,
                                d.currency)));
            } else {
                d.decisionReason = reason.trim();
                ledger.reverse(d.reservationTransaction, d.id);
            }
        }, role);
    }

    @Transactional
    public DisbursementView pay(UUID id, String ifMatch, PaymentInput payment) {
        return change(id, Command.PAY, ifMatch, (d, e, now) -> {
            entitlements.requireActive(e);
            EntitlementCategory category = e.category(d.category).orElseThrow();
            PhysicianStatementBeforePayment.check(category, statementRecorded(e, category));
            BigDecimal paid = AmountRules.check("nokEquivalent", payment.nokEquivalent(), e.currency);
            checkLocal(payment, paid);
            if (paid.compareTo(d.amount) > 0) {
                throw Problems.rule(PAID_WITHIN_APPROVED, "The payment's equivalent " + paid.toPlainString() + " "
                        + e.currency + " is more than the approved " + d.amount.toPlainString());
            }
            d.paymentTransaction = ledger.post(e.id, e.currency, EntryType.PAYMENT, d.id,
                    List.of(Ledger.Move.within(d.category, Account.RESERVED, Account.DISBURSED, paid)));
            BigDecimal rest = d.amount.subtract(paid);
            if (rest.signum() > 0) {
                ledger.post(e.id, e.currency, EntryType.RELEASE, d.id,
                        List.of(Ledger.Move.within(d.category, Account.RESERVED, Account.AVAILABLE, rest)));
            }
            d.paidOn = payment.paidOn();
            d.localAmount = payment.localAmount().amount().setScale(2);
            d.localCurrency = payment.localAmount().currency();
            d.exchangeRate = payment.exchangeRate();
            d.nokEquivalent = paid;
            d.paymentReference = payment.reference();
            String key = e.caseId.toString();
            outbox.add(key, events.createWithPersonal(DisbursementPaid.TYPE, key,
                    new DisbursementPaid(e.caseId, e.id, e.beneficiaryId, d.id, d.paidOn, now),
                    new DisbursementPaid.Payment(d.category, paid, e.currency, d.localAmount, d.localCurrency,
                            d.exchangeRate)));
        }, Roles.MISSION, Roles.FINANCE);
    }

    /** Corrects a payment recorded in error: reversing entries return the money; nothing is changed or deleted. */
    @Transactional
    public DisbursementView reverse(UUID id, String ifMatch, String reason) {
        return change(id, Command.REVERSE, ifMatch, (d, e, now) -> {
            d.reversalReason = reason.trim();
            ledger.reverse(d.paymentTransaction, d.id);
            ledger.post(e.id, e.currency, EntryType.RELEASE, d.id,
                    List.of(Ledger.Move.within(d.category, Account.RESERVED, Account.AVAILABLE, d.nokEquivalent)));
        }, Roles.FINANCE);
    }

    @Transactional
    public DisbursementView read(UUID id) {
        Disbursement d = em.find(Disbursement.class, id);
        Entitlement e = scoped(id, d, LockModeType.NONE, READERS);
        audit.success(AuditTrail.READ, RESOURCE, id);
        return view(d, e);
    }

    /** The disbursements the caller may see, newest first, filtered and paged. */
    @Transactional
    public Page<DisbursementView> list(Filter filter, PageRequest page) {
        SharingRule.Condition inScope = scope.condition("e.caseId", READERS);
        if (inScope.matchesNothing()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = Where.of("e.id = d.entitlementId", Map.of()).and(inScope)
                .and("d.status = :status", "status", filter.status())
                .and("e.caseId = :caseId", "caseId", filter.caseId())
                .and("d.entitlementId = :entitlementId", "entitlementId", filter.entitlementId())
                .and("d.category = :category", "category", filter.category());
        Page<Object[]> rows = PagedQuery.select(em, "SELECT d, e", "FROM Disbursement d, Entitlement e"
                + where.clause(), "ORDER BY d.requestedAt DESC, d.id", where.parameters(), page, Object[].class);
        audit.successAll(AuditTrail.READ, RESOURCE, rows.items().stream().map(row -> ((Disbursement) row[0]).id).toList());
        return rows.map(row -> view((Disbursement) row[0], (Entitlement) row[1]));
    }

    @Transactional
    public EvidenceView recordEvidence(UUID entitlementId, EvidenceInput input) {
        Entitlement e = entitlements.scoped(entitlementId, LockModeType.PESSIMISTIC_WRITE, Roles.MISSION);
        return AuditedRefusals.run(audit, AuditTrail.UPDATE, Entitlements.RESOURCE, e.id, () -> {
            EntitlementCategory category = e.category(input.category())
                    .orElseThrow(() -> Problems.invalid("category", "is not a category of this entitlement"));
            PhysicianStatementBeforePayment.checkWanted(category, input.type());
            Evidence ev = new Evidence();
            ev.id = UUID.randomUUID();
            ev.entitlementId = e.id;
            ev.category = category.code;
            ev.type = input.type();
            ev.issuedOn = input.issuedOn();
            ev.description = input.description().trim();
            ev.recordedBy = caller.subject();
            ev.recordedAt = Now.time();
            em.persist(ev);
            em.flush();
            audit.success(AuditTrail.UPDATE, Entitlements.RESOURCE, e.id);
            return EvidenceView.of(ev);
        });
    }

    @Transactional
    public List<EvidenceView> evidence(UUID entitlementId) {
        Entitlement e = entitlements.scoped(entitlementId, LockModeType.NONE, Roles.MISSION, Roles.CASEWORKER);
        audit.success(AuditTrail.READ, Entitlements.RESOURCE, e.id);
        return em.createQuery("SELECT v FROM Evidence v WHERE v.entitlementId = :e ORDER BY v.recordedAt, v.id",
                Evidence.class).setParameter("e", e.id).getResultList().stream().map(EvidenceView::of).toList();
    }

    /**
     * The disbursements of a case's entitlements as those who handle the payment see them (payee, account, reasons
     * and reference included), oldest first, for the person's access request only: neither scoped nor audited one
     * by one (the part they go into is audited as an export).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DisbursementView> forAccessRequest(UUID caseId) {
        List<Object[]> rows = em.createQuery("SELECT d, e FROM Disbursement d, Entitlement e "
                + "WHERE e.id = d.entitlementId AND e.caseId = :c ORDER BY d.requestedAt, d.id", Object[].class)
                .setParameter("c", caseId).getResultList();
        return rows.stream().map(r -> DisbursementView.of((Disbursement) r[0], (Entitlement) r[1], true)).toList();
    }

    /** The evidence recorded for a case's entitlements, oldest first, for the person's access request only (as above). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EvidenceView> evidenceForAccessRequest(UUID caseId) {
        return em.createQuery("SELECT v FROM Evidence v, Entitlement e WHERE e.id = v.entitlementId "
                + "AND e.caseId = :c ORDER BY v.recordedAt, v.id", Evidence.class).setParameter("c", caseId)
                .getResultList().stream().map(EvidenceView::of).toList();
    }

    static final String[] READERS = { Roles.MISSION, Roles.FINANCE, Roles.CASEWORKER, Roles.AUDITOR };

    /** A change of a disbursement in state: what it does besides the transition. */
    @FunctionalInterface
    private interface Effect {
        void apply(Disbursement d, Entitlement e, OffsetDateTime now);
    }

    private DisbursementView change(UUID id, Command command, String ifMatch, Effect effect, String... roles) {
        Disbursement d = em.find(Disbursement.class, id);
        Entitlement e = scoped(id, d, LockModeType.PESSIMISTIC_WRITE, roles);
        em.refresh(d);
        return AuditedRefusals.run(audit, AuditTrail.UPDATE, RESOURCE, id, () -> {
            ETags.check(ifMatch, d.version);
            TransitionTable.Transition<DisbursementStatus, Command> t = DisbursementTransitions.MACHINE.apply(command,
                    d.status(), caller.roles());
            OffsetDateTime now = Now.time();
            effect.apply(d, e, now);
            d.take(t, caller.subject(), now);
            e.changed(now);
            em.flush();
            audit.success(AuditTrail.UPDATE, RESOURCE, id);
            return view(d, e);
        });
    }

    /** The entitlement of a disbursement, locked as asked, if the caller's scope in {@code roles} covers it. */
    private Entitlement scoped(UUID id, Disbursement d, LockModeType lock, String... roles) {
        if (d == null) {
            audit.refused(AuditTrail.READ, RESOURCE, id, AuditOutcome.NOT_YOURS);
            throw Problems.notFound(RESOURCE);
        }
        try {
            return entitlements.scoped(d.entitlementId, lock, roles);
        } catch (ProblemException refused) {
            // Not the caller's entitlement: not found, as the disbursement; an erased person's stays a 409.
            if (refused.problem().status == 404) {
                throw Problems.notFound(RESOURCE);
            }
            throw refused;
        }
    }

    /** The line of an approved plan of this entitlement, for this category, with enough left for the amount. */
    private PlanLine approvedLine(Entitlement e, EntitlementCategory category, UUID lineId, BigDecimal amount) {
        if (lineId == null) {
            throw Problems.rule(APPROVED_PLAN_LINE, "In-kind support (" + category.code
                    + ") is paid on a line of an approved reintegration plan: name it in planLineId");
        }
        PlanLine line = em.find(PlanLine.class, lineId);
        if (line == null || !line.plan.entitlementId.equals(e.id) || line.plan.status() != PlanStatus.APPROVED) {
            throw Problems.rule(APPROVED_PLAN_LINE, "planLineId is not a line of an approved plan of this entitlement");
        }
        if (!line.category.equals(category.code)) {
            throw Problems.rule(APPROVED_PLAN_LINE, "The plan line is for category " + line.category + ", not "
                    + category.code);
        }
        BigDecimal left = line.amount.subtract(planLines.committed(List.of(line.id)).getOrDefault(line.id, BigDecimal.ZERO));
        if (amount.compareTo(left) > 0) {
            throw Problems.rule(WITHIN_PLAN_LINE, "The plan line has " + left.toPlainString() + " " + e.currency
                    + " left; " + amount.toPlainString() + " is more than that");
        }
        return line;
    }

    private boolean statementRecorded(Entitlement e, EntitlementCategory category) {
        return em.createQuery("SELECT count(v) FROM Evidence v WHERE v.entitlementId = :e AND v.category = :c "
                + "AND v.type = :t", Long.class).setParameter("e", e.id).setParameter("c", category.code)
                .setParameter("t", EvidenceRequirement.PHYSICIAN_STATEMENT).getSingleResult() > 0;
    }

    private long committedPayments(Entitlement e, EntitlementCategory category) {
        return em.createQuery("SELECT count(d) FROM Disbursement d WHERE d.entitlementId = :e AND d.category = :c "
                + "AND d.status IN :open", Long.class).setParameter("e", e.id).setParameter("c", category.code)
                .setParameter("open", DisbursementStatus.COMMITTED).getSingleResult();
    }

    /** The local payment: a real currency, positive, and the stated equivalent follows from the rate. */
    private static void checkLocal(PaymentInput payment, BigDecimal paid) {
        try {
            Currency.getInstance(payment.localAmount().currency());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("localAmount.currency", "is not an ISO 4217 currency code");
        }
        if (payment.localAmount().amount().signum() <= 0) {
            throw Problems.rule(AmountRules.POSITIVE, "'localAmount' must be more than zero");
        }
        if (payment.exchangeRate().signum() <= 0) {
            throw Problems.rule(AmountRules.POSITIVE, "'exchangeRate' must be more than zero");
        }
        BigDecimal computed = payment.localAmount().amount().multiply(payment.exchangeRate())
                .setScale(2, RoundingMode.HALF_EVEN);
        if (computed.subtract(paid).abs().compareTo(ROUNDING) > 0) {
            throw Problems.rule(EXCHANGE_RATE, "localAmount × exchangeRate is " + computed.toPlainString()
                    + ", not the stated nokEquivalent " + paid.toPlainString());
        }
    }

    private DisbursementView view(Disbursement d, Entitlement e) {
        return DisbursementView.of(d, e, caller.hasRole(Roles.MISSION) || caller.hasRole(Roles.FINANCE));
    }
}
