package dev.avrr.grant.disbursement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.grant.catalogue.PayeeType;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.vocabulary.events.PersonRectified;

/**
 * The right to rectification reaches the payments not yet made (docs/grant-service.md#rectification): a
 * beneficiary paid in person (payee RETURNEE) under the name a caseworker has since corrected on the case is paid
 * under the corrected name; each change is audited. A payment made keeps the name it was made to — the ledger
 * records what happened — and a payee of another name (a guardian, a vendor) is not touched.
 */
@ApplicationScoped
public class PayeeRectifications {

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onRectified(EventEnvelope event) {
        PersonRectified rectified = events.data(event, PersonRectified.class);
        PersonRectified.Correction correction = events.requiredPersonal(event,
                PersonRectified.Correction.class);
        String before = fullName(correction.before());
        String after = fullName(correction.after());
        if (before.equals(after)) {
            return;
        }
        List<Disbursement> pending = em.createQuery("SELECT d FROM Disbursement d, Entitlement e "
                + "WHERE e.id = d.entitlementId AND e.caseId = :caseId AND e.beneficiaryId = :member "
                + "AND d.payeeType = :returnee AND d.status IN :open", Disbursement.class)
                .setParameter("caseId", rectified.caseId()).setParameter("member", rectified.memberId())
                .setParameter("returnee", PayeeType.RETURNEE)
                .setParameter("open", List.of(DisbursementStatus.REQUESTED, DisbursementStatus.APPROVED))
                .getResultList();
        for (Disbursement d : pending) {
            if (before.equals(d.payeeName)) {
                d.payeeName = after;
                audit.success(AuditTrail.UPDATE, Disbursements.RESOURCE, d.id);
            }
        }
    }

    private static String fullName(PersonRectified.Person p) {
        return p.givenName().trim() + " " + p.familyName().trim();
    }
}
