package dev.avrr.cases.eligibility;

/** One category's rule, met or failed, and why. */
public record RuleResult(EligibilityCategory rule, boolean met, String reason) {

    static RuleResult met(EligibilityCategory rule, String reason) {
        return new RuleResult(rule, true, reason);
    }

    static RuleResult failed(EligibilityCategory rule, String reason) {
        return new RuleResult(rule, false, reason);
    }
}
