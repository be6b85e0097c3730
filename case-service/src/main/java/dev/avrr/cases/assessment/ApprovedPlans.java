package dev.avrr.cases.assessment;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseLifecycle;
import dev.avrr.cases.casefile.CaseStep;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.vocabulary.events.ReintegrationPlanApproved;

/**
 * What case-service knows of the reintegration plans grant-service approved, from its announcements
 * ({@code avrr.grant.plan-approved.v1}): the travel gate asks whether the plan the case refers to is one of them
 * (docs/case-service.md#rules-each-in-one-class-with-its-source). A reference typed in counts only once grant-service
 * has approved that plan for that case.
 */
@ApplicationScoped
public class ApprovedPlans {

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    CaseLifecycle lifecycle;

    /**
     * grant-service approved a plan of the case: kept; the case refers to it if it referred to none yet, and its
     * reference counts as approved if it is that plan.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onApproved(EventEnvelope event) {
        ReintegrationPlanApproved approved = events.data(event, ReintegrationPlanApproved.class);
        if (em.find(ApprovedPlan.class, approved.planId()) == null) {
            ApprovedPlan p = new ApprovedPlan();
            p.planId = approved.planId();
            p.caseId = approved.caseId();
            p.approvedAt = approved.approvedAt();
            em.persist(p);
        }
        AvrrCase c = em.find(AvrrCase.class, approved.caseId(), LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.planApprovedAt != null) {
            return;
        }
        if (c.planId == null) {
            c.planId = approved.planId();
        }
        if (c.planId.equals(approved.planId())) {
            c.planApprovedAt = approved.approvedAt();
            lifecycle.note(c, CaseStep.PLAN_APPROVED, null);
        }
    }

    /** When grant-service approved {@code planId} for the case; empty if it has not announced that. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OffsetDateTime> approvedAt(UUID caseId, UUID planId) {
        ApprovedPlan p = em.find(ApprovedPlan.class, planId);
        return p != null && p.caseId.equals(caseId) ? Optional.of(p.approvedAt) : Optional.empty();
    }
}
