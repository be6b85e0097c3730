package dev.avrr.cases.eligibility;

import java.util.Optional;

import dev.avrr.cases.casefile.records.EligibilityCategory;
import dev.avrr.cases.casefile.records.RuleResult;

// docs/domain.md#eligibility-for-the-vulnerable-groups-programme: "Enslige mindreårige (barn som kom til Norge uten foreldre eller juridisk verge)".
/** An unaccompanied minor: under 18 on the assessment date, and arrived without a parent or legal guardian. */
public final class UnaccompaniedMinorRule implements VulnerabilityRule {

    @Override
    public EligibilityCategory category() {
        return EligibilityCategory.UNACCOMPANIED_MINOR;
    }

    @Override
    public RuleResult evaluate(RuleFacts facts) {
        Optional<Integer> age = facts.ageOnAssessment();
        if (age.isEmpty()) {
            return RuleResult.failed(category(), "the date of birth is not known");
        }
        if (age.get() >= 18) {
            return RuleResult.failed(category(), "18 or older on the assessment date (age " + age.get() + ")");
        }
        if (!ArrivalFacts.withoutParentOrGuardian(facts.input())) {
            return RuleResult.failed(category(), "not recorded as having arrived without a parent or legal guardian");
        }
        return RuleResult.met(category(), "under 18 on the assessment date (age " + age.get()
                + ") and arrived without a parent or legal guardian");
    }
}
