package dev.avrr.cases.eligibility;

import java.util.List;

import dev.avrr.cases.casefile.records.EligibilityOutcome;
import dev.avrr.cases.casefile.records.RuleResult;

/** Every category's rule of the vulnerable groups programme, in the order the outcome lists them. */
public final class EligibilityRules {

    public static final List<VulnerabilityRule> ALL = List.of(new UnaccompaniedMinorRule(), new AgedOutMinorRule(),
            new VictimOfTraffickingRule(), new MedicalNeedsRule(), new OtherVulnerableRule());

    private EligibilityRules() {
    }

    public static EligibilityOutcome assess(RuleFacts facts) {
        List<RuleResult> results = ALL.stream().map(r -> r.evaluate(facts)).toList();
        return new EligibilityOutcome(facts.input(), facts.ageOnAssessment().orElse(null), facts.birth().estimated(),
                results);
    }
}
