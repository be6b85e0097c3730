package dev.avrr.grant.disbursement;

import dev.avrr.grant.allocation.EntitlementCategory;
import dev.avrr.grant.catalogue.EvidenceRequirement;
import dev.avrr.platform.problem.Problems;

// docs/domain.md#the-victims-of-trafficking-package: medical aid "will require a precise description of medical needs from a physician".
/** A category that requires a physician's statement is paid only once the statement is recorded. */
public final class PhysicianStatementBeforePayment {

    public static final String RULE = "physician-statement-before-payment";
    public static final String NOT_REQUIRED = "evidence-not-required";

    private PhysicianStatementBeforePayment() {
    }

    public static void check(EntitlementCategory category, boolean statementRecorded) {
        if (category.evidenceRequired == EvidenceRequirement.PHYSICIAN_STATEMENT && !statementRecorded) {
            throw Problems.rule(RULE, "Category " + category.code + " is paid only after a physician's description of "
                    + "the medical needs is recorded (POST .../evidence)");
        }
    }

    /** Health details are recorded only where a category asks for them. */
    public static void checkWanted(EntitlementCategory category, EvidenceRequirement offered) {
        if (category.evidenceRequired != offered) {
            throw Problems.rule(NOT_REQUIRED, "Category " + category.code + " does not ask for a " + offered
                    + "; record health details only where a category requires them");
        }
    }
}
