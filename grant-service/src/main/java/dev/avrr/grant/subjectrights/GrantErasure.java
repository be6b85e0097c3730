package dev.avrr.grant.subjectrights;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.grant.allocation.Entitlements;
import dev.avrr.grant.cases.GrantCase;
import dev.avrr.grant.conversion.Conversion;
import dev.avrr.grant.disbursement.Disbursement;
import dev.avrr.grant.disbursement.DisbursementStatus;
import dev.avrr.grant.disbursement.Disbursements;
import dev.avrr.grant.disbursement.Evidence;
import dev.avrr.grant.plan.PlanLine;
import dev.avrr.grant.plan.Plans;
import dev.avrr.grant.plan.ReintegrationPlan;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.protection.SubjectKeys;
import dev.avrr.platform.subjectrights.Erasures;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.ErasureAnswered;
import dev.avrr.vocabulary.events.ErasureRequested;

/**
 * grant-service's side of a person's erasure (docs/data-protection.md#erasure), in the two steps case-service
 * announces.
 * <p>
 * <b>Check</b> ({@code avrr.case.erasure-requested.v1}): money of the case that is on its way to the person stands
 * in the way ({@link ErasureAnswered#UNPAID_APPROVED_MONEY}) — a disbursement still requested or approved, neither
 * paid nor rejected, cancelled or reversed: once its payee is erased it could not be paid to anyone. Finance pays it,
 * or it is rejected or cancelled, first. Nothing changes.
 * <p>
 * <b>Erase</b> ({@code avrr.case.erasure-released.v1}): what describes the case's people is overwritten in place —
 * payees' names (with {@value #ERASED}, the column needs a value) and accounts, payment references, the reasons for a
 * rejection, cancellation or reversal, a conversion's reason and a physician's statement ({@value #ERASED}), plan
 * notes and reasons for returning a plan, plan lines' descriptions and providers (their name {@value #ERASED}, the
 * reference gone), and each beneficiary's exact age (no report reads it; the minor flag stays). Ids, statuses,
 * categories, activities, forms, payee types, dates, amounts, currencies, exchange rates and the ledger stay, so that
 * every balance and report is the same before and after; the staff who acted (requested, decided, paid) stay, as in
 * the audit trail, which is never touched. The case keeps when it was erased. Protected columns are written through
 * their converters, so the marker is protected as any value; a second erasure changes nothing more. The copies the
 * machinery keeps of the case's events go too ({@link Erasures#forgetCopies}).
 * <p>
 * Then the keys of the case and of its entitlements are destroyed ({@link SubjectKeys}): whatever of theirs erasure did
 * not rewrite — here, in a backup, in any copy — can no longer be read. What erasure rewrites is sealed with the
 * service's key, as are the programme codes it keeps (the reports count them).
 */
@ApplicationScoped
public class GrantErasure {

    /** What an erased value that must have one reads. */
    static final String ERASED = Erasures.ERASED;

    /** A disbursement in these states is money on its way to the person. */
    static final List<DisbursementStatus> UNPAID = List.of(DisbursementStatus.REQUESTED, DisbursementStatus.APPROVED);

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    Erasures erasures;

    @Inject
    AuditTrail audit;

    @Inject
    SubjectKeys subjectKeys;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onRequested(EventEnvelope event) {
        ErasureRequested request = events.data(event, ErasureRequested.class);
        erasures.answer(ErasureAnswered.GRANT, request, ErasureAnswered.CHECKED, blockers(request.caseId()), 0);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onReleased(EventEnvelope event) {
        ErasureRequested request = events.data(event, ErasureRequested.class);
        UUID caseId = request.caseId();
        GrantCase known = em.find(GrantCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        // Every change of an entitlement's plans or disbursements takes the entitlement's row lock first
        // (docs/grant-service.md, the ledger): a request or decision running meanwhile is applied before or after.
        List<UUID> entitlementIds = known == null ? List.of() : ((List<?>) em.createNativeQuery(
                "SELECT id FROM entitlement WHERE case_id = ?1 ORDER BY id FOR UPDATE").setParameter(1, caseId)
                .getResultList()).stream().map(id -> UUID.fromString(id.toString())).toList();
        // The subjects whose keys seal the case's people: the case, and each of its entitlements.
        List<UUID> keys = Stream.concat(Stream.of(caseId), entitlementIds.stream()).toList();
        subjectKeys.erasing(keys);
        int erased = known == null ? 0 : erase(known, entitlementIds);
        em.flush();
        subjectKeys.destroy(keys);
        // A case registered directly has no referral id: the list holds only what is there.
        erased += erasures.forgetCopies(
                Stream.of(request.caseId(), request.referralId()).filter(Objects::nonNull).toList());
        erasures.answer(ErasureAnswered.GRANT, request, ErasureAnswered.ERASED, List.of(), erased);
    }

    private List<String> blockers(UUID caseId) {
        long unpaid = em.createQuery("SELECT count(d) FROM Disbursement d, Entitlement e WHERE e.id = d.entitlementId "
                + "AND e.caseId = :c AND d.status IN :unpaid", Long.class).setParameter("c", caseId)
                .setParameter("unpaid", UNPAID).getSingleResult();
        return unpaid > 0 ? List.of(ErasureAnswered.UNPAID_APPROVED_MONEY) : List.of();
    }

    /** Erases what the case's records say of its people, its entitlements locked; how many records changed. */
    private int erase(GrantCase known, List<UUID> entitlementIds) {
        UUID caseId = known.caseId;
        int changed = 0;
        if (known.erasedAt == null) {
            known.erasedAt = Now.time();
            audit.success(AuditTrail.UPDATE, GrantCase.RESOURCE, caseId);
            changed++;
        }
        if (entitlementIds.isEmpty()) {
            return changed;
        }
        // The age is no value a converter protects, and no report reads it: one statement, which leaves the
        // entitlement's version (its ETag) as it was, since its money did not move.
        changed += em.createNativeQuery("UPDATE entitlement SET age_at_allocation = NULL WHERE case_id = ?1 "
                + "AND age_at_allocation IS NOT NULL").setParameter(1, caseId).executeUpdate();
        changed += erasePayees(entitlementIds);
        changed += eraseStatementsAndReasons(entitlementIds);
        changed += erasePlans(entitlementIds);
        return changed;
    }

    /** Payees and accounts, payment references and the reasons given for a decision or a reversal. */
    private int erasePayees(List<UUID> entitlementIds) {
        int changed = 0;
        for (Disbursement d : em.createQuery("SELECT d FROM Disbursement d WHERE d.entitlementId IN :ids "
                + "ORDER BY d.requestedAt, d.id", Disbursement.class).setParameter("ids", entitlementIds)
                .getResultList()) {
            boolean holds = !ERASED.equals(d.payeeName) || d.payeeAccount != null || d.decisionReason != null
                    || d.paymentReference != null || d.reversalReason != null;
            if (holds) {
                d.payeeName = ERASED;
                d.payeeAccount = null;
                d.decisionReason = null;
                d.paymentReference = null;
                d.reversalReason = null;
                audit.success(AuditTrail.UPDATE, Disbursements.RESOURCE, d.id);
                changed++;
            }
        }
        return changed;
    }

    /**
     * Physicians' statements and conversions' reasons; audited under the entitlement, as their recording is
     * ({@code Disbursements}, {@code Conversions}).
     */
    private int eraseStatementsAndReasons(List<UUID> entitlementIds) {
        int changed = 0;
        Set<UUID> touched = new LinkedHashSet<>();
        for (Evidence v : em.createQuery("SELECT v FROM Evidence v WHERE v.entitlementId IN :ids ORDER BY v.id",
                Evidence.class).setParameter("ids", entitlementIds).getResultList()) {
            if (!ERASED.equals(v.description)) {
                v.description = ERASED;
                touched.add(v.entitlementId);
                changed++;
            }
        }
        for (Conversion c : em.createQuery("SELECT c FROM Conversion c WHERE c.entitlementId IN :ids ORDER BY c.id",
                Conversion.class).setParameter("ids", entitlementIds).getResultList()) {
            if (!ERASED.equals(c.reason)) {
                c.reason = ERASED;
                touched.add(c.entitlementId);
                changed++;
            }
        }
        audit.successAll(AuditTrail.UPDATE, Entitlements.RESOURCE, touched);
        return changed;
    }

    /** Plans' notes and reasons for a return; their lines' descriptions and providers. Activities and amounts stay. */
    private int erasePlans(List<UUID> entitlementIds) {
        int changed = 0;
        PlanLine.Provider erasedProvider = new PlanLine.Provider(ERASED, null);
        for (ReintegrationPlan p : em.createQuery("SELECT p FROM ReintegrationPlan p WHERE p.entitlementId IN :ids "
                + "ORDER BY p.createdAt, p.id", ReintegrationPlan.class).setParameter("ids", entitlementIds)
                .getResultList()) {
            int before = changed;
            if (p.notes != null || p.returnReason != null) {
                p.notes = null;
                p.returnReason = null;
                changed++;
            }
            for (PlanLine l : p.lines) {
                if (l.description != null || !erasedProvider.equals(l.provider)) {
                    l.description = null;
                    l.provider = erasedProvider;
                    changed++;
                }
            }
            if (changed > before) {
                audit.success(AuditTrail.UPDATE, Plans.RESOURCE, p.id);
            }
        }
        return changed;
    }
}
