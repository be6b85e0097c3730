package dev.avrr.cases.casefile.records;

/** One category's rule, met or failed, and why. */
public record RuleResult(EligibilityCategory rule, boolean met, String reason) {

    public static RuleResult met(EligibilityCategory rule, String reason) {
        return new RuleResult(rule, true, reason);
    }

    public static RuleResult failed(EligibilityCategory rule, String reason) {
        return new RuleResult(rule, false, reason);
    }
}
