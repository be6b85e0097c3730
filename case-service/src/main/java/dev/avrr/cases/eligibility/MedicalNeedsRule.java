package dev.avrr.cases.eligibility;

import dev.avrr.cases.casefile.records.EligibilityCategory;
import dev.avrr.cases.casefile.records.EligibilityInput;
import dev.avrr.cases.casefile.records.RuleResult;

// docs/domain.md#eligibility-for-the-vulnerable-groups-programme: "Migranter med medisinske behov (med omfattende medisinsk oppfølgingsbehov i hjemlandet)".
/** Medical needs: a documented need of extensive medical follow-up in the home country. */
public final class MedicalNeedsRule implements VulnerabilityRule {

    @Override
    public EligibilityCategory category() {
        return EligibilityCategory.MEDICAL_NEEDS;
    }

    @Override
    public RuleResult evaluate(RuleFacts facts) {
        EligibilityInput.MedicalNeeds m = facts.input().medicalNeeds();
        if (m == null || !Boolean.TRUE.equals(m.extensiveFollowUpNeeded())) {
            return RuleResult.failed(category(), "no need of extensive medical follow-up recorded");
        }
        if (m.documentation() == null || m.documentation().isBlank()) {
            return RuleResult.failed(category(), "the need of extensive medical follow-up is not documented");
        }
        return RuleResult.met(category(), "a documented need of extensive medical follow-up");
    }
}
