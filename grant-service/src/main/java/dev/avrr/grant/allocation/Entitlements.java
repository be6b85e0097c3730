package dev.avrr.grant.allocation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.grant.access.GrantScope;
import dev.avrr.grant.cases.GrantCase;
import dev.avrr.grant.ledger.Ledger;
import dev.avrr.grant.ledger.LedgerEntry;
import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.problem.Problems;

/** Entitlements within the caller's scope: the one way other parts of the service reach one. */
@ApplicationScoped
public class Entitlements {

    public static final String RESOURCE = "entitlement";
    public static final String CASE_STOPPED = "case-stopped";

    @Inject
    EntityManager em;

    @Inject
    GrantScope scope;

    @Inject
    AuditTrail audit;

    @Inject
    Ledger ledger;

    /**
     * The entitlement if it is in the caller's scope in one of {@code actingRoles}; otherwise "not found",
     * audited as not the caller's. With {@code PESSIMISTIC_WRITE} its row is locked until the transaction ends:
     * every change of an entitlement's money, plans or disbursements takes this lock first, and is refused (409
     * {@code erased}) once the case's people were erased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Entitlement scoped(UUID id, LockModeType lock, String... actingRoles) {
        if (lock == LockModeType.PESSIMISTIC_WRITE) {
            // The row lock alone, taken before the entity is read, so what is read is the latest committed state.
            em.createNativeQuery("SELECT 1 FROM entitlement WHERE id = ?1 FOR UPDATE").setParameter(1, id)
                    .getResultList();
        }
        Entitlement e = em.find(Entitlement.class, id);
        if (e != null && lock == LockModeType.PESSIMISTIC_WRITE) {
            em.refresh(e);
        }
        GrantCase c = e == null ? null : em.find(GrantCase.class, e.caseId);
        if (c == null || !scope.covers(c, actingRoles)) {
            audit.refused(AuditTrail.READ, RESOURCE, id, AuditOutcome.NOT_YOURS);
            throw Problems.notFound(RESOURCE);
        }
        if (lock == LockModeType.PESSIMISTIC_WRITE && c.erasedAt != null) {
            // Nothing new is recorded about a person whose data were erased: no plan, payee or payment.
            audit.refused(AuditTrail.UPDATE, RESOURCE, id, AuditOutcome.REFUSED);
            throw Problems.erased("entitlement", c.erasedAt);
        }
        return e;
    }

    /** Refuses to move money on a case that was withdrawn or whose returnee absconded; the case, if it stands. */
    @Transactional(Transactional.TxType.MANDATORY)
    public GrantCase requireActive(Entitlement e) {
        GrantCase c = em.find(GrantCase.class, e.caseId);
        if (c.stoppedAs != null) {
            throw Problems.rule(CASE_STOPPED, "The case was " + c.stoppedAs.toLowerCase()
                    + "; no money moves on its entitlements");
        }
        return c;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EntitlementView view(Entitlement e) {
        GrantCase c = em.find(GrantCase.class, e.caseId);
        return EntitlementView.of(e, ledger.balances(e.id, e.categoryCodes()), c.stoppedAs != null);
    }

    @Transactional
    public EntitlementView read(UUID id, String... actingRoles) {
        Entitlement e = scoped(id, LockModeType.NONE, actingRoles);
        audit.success(AuditTrail.READ, RESOURCE, id);
        return view(e);
    }

    /** A case's entitlements; a case outside the caller's scope is "not found". */
    @Transactional
    public List<EntitlementView> forCase(UUID caseId, String... actingRoles) {
        GrantCase c = em.find(GrantCase.class, caseId);
        if (!scope.covers(c, actingRoles)) {
            audit.refused(AuditTrail.READ, GrantCase.RESOURCE, caseId, AuditOutcome.NOT_YOURS);
            throw Problems.notFound("case");
        }
        List<Entitlement> found = em.createQuery("SELECT e FROM Entitlement e WHERE e.caseId = :c "
                + "ORDER BY e.allocatedAt, e.relation, e.beneficiaryId", Entitlement.class).setParameter("c", caseId)
                .getResultList();
        audit.successAll(AuditTrail.READ, RESOURCE, found.stream().map(e -> e.id).toList());
        return found.stream().map(this::view).toList();
    }

    /**
     * A case's entitlements as their readers see them, for the person's access request only: neither scoped nor
     * audited one by one (the part they go into is audited as an export).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EntitlementView> forAccessRequest(UUID caseId) {
        return em.createQuery("SELECT e FROM Entitlement e WHERE e.caseId = :c "
                + "ORDER BY e.allocatedAt, e.relation, e.beneficiaryId", Entitlement.class).setParameter("c", caseId)
                .getResultList().stream().map(this::view).toList();
    }

    /** An entitlement's whole ledger, oldest first, for the person's access request only (as above). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EntitlementResource.LedgerEntryView> ledgerForAccessRequest(UUID id) {
        return ledger.entries(id).stream().map(EntitlementResource.LedgerEntryView::of).toList();
    }

    @Transactional
    public Page<LedgerEntry> ledger(UUID id, PageRequest page, String... actingRoles) {
        scoped(id, LockModeType.NONE, actingRoles);
        audit.success(AuditTrail.READ, RESOURCE, id);
        return ledger.entries(id, page);
    }
}
