package dev.avrr.grant.disbursement;

import dev.avrr.grant.allocation.EntitlementCategory;
import dev.avrr.grant.catalogue.SupportForm;
import dev.avrr.platform.problem.Problems;

// docs/domain.md#the-victims-of-trafficking-package: "This one time cash grant can be used at the beneficiary's own discretion".
/**
 * A one-time cash category is paid in one payment: while one is requested, approved or paid, no other is
 * requested. Where it is in kind (for a child) it is paid on needs, in as many payments as the plan has.
 */
public final class OneTimePayment {

    public static final String RULE = "one-time-payment";

    private OneTimePayment() {
    }

    public static void check(EntitlementCategory category, long committedPayments) {
        if (category.singlePayment && category.form == SupportForm.CASH && committedPayments > 0) {
            throw Problems.rule(RULE, "Category " + category.code + " is a one-time cash grant and already has a "
                    + "payment");
        }
    }
}
