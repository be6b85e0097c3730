package dev.avrr.grant.plan;

import dev.avrr.grant.allocation.EntitlementCategory;
import dev.avrr.grant.catalogue.SupportForm;
import dev.avrr.platform.problem.Problems;

// docs/domain.md#the-vulnerable-groups-package and #the-victims-of-trafficking-package, what each category is for: rent and housing materials from accommodation, fees, equipment and premises from education and business, medicines and treatment from medical.
/**
 * What a plan line may pay for: an activity that fits its category's kind; in kind only (cash needs no plan);
 * a needs-based category states the need, and "other" says what it is.
 */
public final class PermittedUse {

    public static final String RULE = "permitted-use";
    public static final String IN_KIND_ONLY = "plan-lines-in-kind-only";
    public static final String NEEDS_BASED = "needs-based-states-the-need";

    private PermittedUse() {
    }

    public static void check(int line, EntitlementCategory category, PlanActivity activity, String description) {
        if (category.form != SupportForm.IN_KIND) {
            throw Problems.rule(IN_KIND_ONLY, "Line " + line + ": category " + category.code
                    + " is cash for this beneficiary; a plan holds in-kind support only");
        }
        if (!activity.fits(category.kind)) {
            throw Problems.rule(RULE, "Line " + line + ": " + activity + " is not a use of " + category.code + " ("
                    + category.kind + ")");
        }
        boolean described = description != null && !description.isBlank();
        if (category.needsBased && !described) {
            throw Problems.rule(NEEDS_BASED, "Line " + line + ": " + category.code
                    + " is needs-based; describe the need the line meets");
        }
        if (activity == PlanActivity.OTHER && !described) {
            throw Problems.rule(RULE, "Line " + line + ": describe what an OTHER activity is");
        }
    }
}
