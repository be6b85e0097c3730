package dev.avrr.cases.casefile.records;

import java.util.List;

/**
 * An eligibility assessment: what was found, the applicant's age on the assessment date (estimated when only a
 * birth year is known) and each category's rule, met or failed. Whether the case is eligible depends on the
 * programme, see {@link ProgrammeEligibility}.
 */
public record EligibilityOutcome(EligibilityInput input, Integer ageOnAssessment, boolean ageEstimated,
        List<RuleResult> results) {

    public boolean met(EligibilityCategory category) {
        return results.stream().anyMatch(r -> r.rule() == category && r.met());
    }

    public boolean anyMet() {
        return results.stream().anyMatch(RuleResult::met);
    }
}
