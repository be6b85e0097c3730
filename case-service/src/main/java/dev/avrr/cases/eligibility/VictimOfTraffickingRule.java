package dev.avrr.cases.eligibility;

import dev.avrr.cases.casefile.records.EligibilityCategory;
import dev.avrr.cases.casefile.records.EligibilityInput;
import dev.avrr.cases.casefile.records.RuleResult;

// docs/domain.md#eligibility-for-the-vulnerable-groups-programme: "Ofre for menneskehandel (voksne og barn)"; the trafficking leaflet: victims identified under
// KOM's and IOM's standards.
/** A victim of trafficking, adult or child: identified as a victim, with who identified the person recorded. */
public final class VictimOfTraffickingRule implements VulnerabilityRule {

    @Override
    public EligibilityCategory category() {
        return EligibilityCategory.VICTIM_OF_TRAFFICKING;
    }

    @Override
    public RuleResult evaluate(RuleFacts facts) {
        EligibilityInput.Trafficking t = facts.input().trafficking();
        if (t == null || !Boolean.TRUE.equals(t.identified())) {
            return RuleResult.failed(category(), "not identified as a victim of trafficking");
        }
        if (t.identifiedBy() == null || t.identifiedBy().isBlank()) {
            return RuleResult.failed(category(), "who identified the person as a victim is not recorded");
        }
        return RuleResult.met(category(), "identified as a victim of trafficking, by whom recorded");
    }
}
