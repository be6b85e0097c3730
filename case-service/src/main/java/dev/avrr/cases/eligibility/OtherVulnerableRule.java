package dev.avrr.cases.eligibility;

import dev.avrr.cases.casefile.records.EligibilityCategory;
import dev.avrr.cases.casefile.records.EligibilityInput;
import dev.avrr.cases.casefile.records.RuleResult;

// docs/domain.md#eligibility-for-the-vulnerable-groups-programme: "Andre sårbare migranter" — victims of violence, exploitation, domestic violence, forced marriage; elderly.
/** Other vulnerable: one of the named subtypes is found. */
public final class OtherVulnerableRule implements VulnerabilityRule {

    @Override
    public EligibilityCategory category() {
        return EligibilityCategory.OTHER_VULNERABLE;
    }

    @Override
    public RuleResult evaluate(RuleFacts facts) {
        EligibilityInput.OtherVulnerable o = facts.input().otherVulnerable();
        if (o == null || o.subtype() == null) {
            return RuleResult.failed(category(), "no subtype found (violence, exploitation, domestic violence, "
                    + "forced marriage, elderly without a family network)");
        }
        return RuleResult.met(category(), "other vulnerable: " + o.subtype());
    }
}
