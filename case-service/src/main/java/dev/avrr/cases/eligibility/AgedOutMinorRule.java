package dev.avrr.cases.eligibility;

import java.util.Optional;

import dev.avrr.cases.casefile.records.EligibilityCategory;
import dev.avrr.cases.casefile.records.RuleResult;

// docs/domain.md#eligibility-for-the-vulnerable-groups-programme: "Overårige migranter (som kom til Norge som enslige mindreårige og som nå er mellom 18 og 23 år)".
/**
 * An aged-out minor (overårig): arrived as an unaccompanied minor (under 18 on the arrival date, without a parent
 * or legal guardian) and now 18 to 23 inclusive on the assessment date.
 */
public final class AgedOutMinorRule implements VulnerabilityRule {

    static final int FROM_AGE = 18;
    static final int TO_AGE = 23;

    @Override
    public EligibilityCategory category() {
        return EligibilityCategory.AGED_OUT_MINOR;
    }

    @Override
    public RuleResult evaluate(RuleFacts facts) {
        Optional<Integer> age = facts.ageOnAssessment();
        if (age.isEmpty()) {
            return RuleResult.failed(category(), "the date of birth is not known");
        }
        if (!ArrivalFacts.withoutParentOrGuardian(facts.input())) {
            return RuleResult.failed(category(), "not recorded as having arrived without a parent or legal guardian");
        }
        if (facts.input().arrival().arrivedOn() == null) {
            return RuleResult.failed(category(), "the arrival date is needed to show arrival as a minor");
        }
        Optional<Integer> ageOnArrival = facts.birth().ageOn(facts.input().arrival().arrivedOn());
        if (ageOnArrival.isEmpty() || ageOnArrival.get() >= 18) {
            return RuleResult.failed(category(), "18 or older on arrival"
                    + ageOnArrival.map(a -> " (age " + a + ")").orElse(""));
        }
        if (age.get() < FROM_AGE) {
            return RuleResult.failed(category(), "under 18 on the assessment date (age " + age.get() + ")");
        }
        if (age.get() > TO_AGE) {
            return RuleResult.failed(category(), "older than 23 on the assessment date (age " + age.get() + ")");
        }
        return RuleResult.met(category(), "arrived as an unaccompanied minor (age " + ageOnArrival.get()
                + ") and is " + age.get() + " on the assessment date, within 18 to 23");
    }
}
