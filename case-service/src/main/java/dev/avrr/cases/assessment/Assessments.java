package dev.avrr.cases.assessment;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseLifecycle;
import dev.avrr.cases.casefile.CaseStep;
import dev.avrr.cases.casefile.Recorded;
import dev.avrr.cases.casefile.records.FamilyTracing;
import dev.avrr.cases.casefile.records.NeedsInventory;
import dev.avrr.cases.casefile.records.RiskAssessment;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Actor;
import dev.avrr.platform.time.Now;

/**
 * The assessments that gate travel (docs/domain.md#the-swedish-route, steps 6–8; docs/domain.md#the-norwegian-route, step 4), recorded before departure: the needs inventory, the
 * reintegration plan's reference, risk assessments (each kept; the latest counts) and family tracing.
 */
@ApplicationScoped
public class Assessments {

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    Actor actor;

    @Inject
    ApprovedPlans approvedPlans;

    @Transactional
    public AvrrCase needsInventory(UUID id, String ifMatch, NeedsInventory input) {
        AvrrCase c = open(id, ifMatch);
        c.needsInventory = recorded(input);
        lifecycle.note(c, CaseStep.NEEDS_INVENTORIED, null);
        em.flush();
        return c;
    }

    @Transactional
    public AvrrCase plan(UUID id, String ifMatch, PlanReference input) {
        AvrrCase c = open(id, ifMatch);
        c.planId = input.planId();
        c.planDraftedOn = input.draftedOn();
        // The reference counts for travel once grant-service has announced that plan approved for this case.
        c.planApprovedAt = approvedPlans.approvedAt(c.id, input.planId()).orElse(null);
        lifecycle.note(c, CaseStep.PLAN_DRAFTED, null);
        em.flush();
        return c;
    }

    @Transactional
    public AvrrCase riskAssessment(UUID id, String ifMatch, RiskAssessment input) {
        AvrrCase c = open(id, ifMatch);
        c.riskAssessments = AvrrCase.appended(c.riskAssessments, recorded(input));
        lifecycle.note(c, CaseStep.RISK_ASSESSED, input.level().name());
        em.flush();
        return c;
    }

    @Transactional
    public AvrrCase familyTracing(UUID id, String ifMatch, FamilyTracing input) {
        AvrrCase c = open(id, ifMatch);
        if (input.outcome().found() && input.receiver() == null) {
            throw Problems.invalid("receiver", "is required when the family or a guardian was found");
        }
        c.familyTracing = recorded(input);
        lifecycle.note(c, CaseStep.FAMILY_TRACING_RECORDED, input.outcome().name());
        em.flush();
        return c;
    }

    private AvrrCase open(UUID id, String ifMatch) {
        AvrrCase c = access.forCaseworker(id, ifMatch);
        lifecycle.requireBeforeDeparture(c);
        return c;
    }

    private <T> Recorded<T> recorded(T value) {
        return new Recorded<>(UUID.randomUUID(), value, actor.subject(), actor.org(), Now.time());
    }
}
