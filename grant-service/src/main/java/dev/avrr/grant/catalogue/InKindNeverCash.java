package dev.avrr.grant.catalogue;

import dev.avrr.platform.problem.Problems;

// docs/domain.md#conversion-rules: "The in-kind support can under no circumstances be paid in cash."
/**
 * In-kind support never becomes cash: not in the catalogue (an in-kind category is in kind for minors too),
 * not by a conversion (into a cash category), not by a payment (to anyone but a vendor or service provider).
 */
public final class InKindNeverCash {

    public static final String RULE = "in-kind-never-cash";

    private InKindNeverCash() {
    }

    public static void checkCategory(BudgetCategory c) {
        if (c.form == SupportForm.IN_KIND && c.formForMinor == SupportForm.CASH) {
            throw Problems.rule(RULE, "Category " + c.code + " is in kind; it cannot be cash for minors");
        }
    }

    public static void checkConversion(String from, SupportForm fromForm, String to, SupportForm toForm) {
        if (fromForm == SupportForm.IN_KIND && toForm == SupportForm.CASH) {
            throw Problems.rule(RULE, "In-kind support (" + from + ") can never become cash (" + to + ")");
        }
    }

    public static void checkPayment(String category, SupportForm form, boolean toVendor) {
        if (form == SupportForm.IN_KIND && !toVendor) {
            throw Problems.rule(RULE, "Category " + category
                    + " is in-kind support: it is paid to a vendor or service provider, never as cash");
        }
    }
}
