package dev.avrr.cases.eligibility;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseLifecycle;
import dev.avrr.cases.casefile.Command;
import dev.avrr.cases.casefile.Recorded;
import dev.avrr.cases.casefile.records.EligibilityInput;
import dev.avrr.cases.casefile.records.EligibilityOutcome;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Actor;
import dev.avrr.platform.time.Now;

/** Assesses a case's eligibility: each category's rule on what the caseworker found, ages on the assessment date. */
@ApplicationScoped
public class EligibilityAssessment {

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    Actor actor;

    @Transactional
    public AvrrCase assess(UUID id, String ifMatch, EligibilityInput input) {
        AvrrCase c = access.forCaseworker(id, ifMatch);
        boolean beforeBirth = c.applicantDateOfBirth != null ? input.assessedOn().isBefore(c.applicantDateOfBirth)
                : c.applicantEstimatedBirthYear != null && input.assessedOn().getYear() < c.applicantEstimatedBirthYear;
        if (beforeBirth) {
            throw Problems.invalid("assessedOn", "is before the applicant's date of birth");
        }
        if (input.arrival() != null && input.arrival().arrivedOn() != null) {
            if (input.arrival().arrivedOn().isAfter(input.assessedOn())) {
                throw Problems.invalid("arrival.arrivedOn", "is after the assessment date");
            }
            if (c.applicantDateOfBirth != null && input.arrival().arrivedOn().isBefore(c.applicantDateOfBirth)) {
                throw Problems.invalid("arrival.arrivedOn", "is before the applicant's date of birth");
            }
        }
        EligibilityOutcome outcome = EligibilityRules.assess(new RuleFacts(c.applicantBirth(), input));
        c.eligibility = AvrrCase.appended(c.eligibility,
                new Recorded<>(UUID.randomUUID(), outcome, actor.subject(), actor.org(), Now.time()));
        lifecycle.move(c, Command.ASSESS_ELIGIBILITY, input.assessedOn(), input.note());
        em.flush();
        return c;
    }
}
