package dev.avrr.grant.disbursement;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.grant.plan.PlanCommitments;

/**
 * What the disbursements have committed on plan lines: requested, approved (their amount) and paid (what was
 * paid). The plan asks through {@link PlanCommitments}, so that it does not depend on disbursements.
 */
@ApplicationScoped
public class CommittedOnPlanLines implements PlanCommitments {

    @Inject
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, BigDecimal> committed(Collection<UUID> lineIds) {
        Map<UUID, BigDecimal> result = new HashMap<>();
        if (lineIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("SELECT d.planLineId, sum(CASE WHEN d.status = :paid THEN d.nokEquivalent "
                + "ELSE d.amount END) FROM Disbursement d WHERE d.planLineId IN :lines AND d.status IN :open "
                + "GROUP BY d.planLineId", Object[].class)
                .setParameter("paid", DisbursementStatus.PAID)
                .setParameter("open", DisbursementStatus.COMMITTED)
                .setParameter("lines", lineIds).getResultList();
        rows.forEach(r -> result.put((UUID) r[0], ((BigDecimal) r[1]).setScale(2)));
        return result;
    }
}
