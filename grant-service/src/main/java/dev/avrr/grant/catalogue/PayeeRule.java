package dev.avrr.grant.catalogue;

import dev.avrr.platform.problem.Problems;

// docs/domain.md#the-vulnerable-groups-package: subsistence is cash, except for unaccompanied minors, who get it through
// their parents or in kind; docs/domain.md#conversion-rules: in-kind support is never paid in cash.
/**
 * Who may receive a payment: in-kind support goes to a vendor or service provider, never to the returnee
 * ({@link InKindNeverCash}); cash goes to an adult beneficiary in person, and a minor's cash to the parent,
 * never to the child.
 */
public final class PayeeRule {

    public static final String CASH_TO_ADULT = "cash-to-the-adult-returnee";
    public static final String NO_CASH_TO_A_MINOR = "no-cash-to-a-minor";

    private PayeeRule() {
    }

    /** The one payee a category's payments may go to, for an adult or a minor beneficiary. */
    public static PayeeType payeeFor(SupportForm form, boolean minor) {
        if (form == SupportForm.IN_KIND) {
            return PayeeType.VENDOR;
        }
        return minor ? PayeeType.PARENT : PayeeType.RETURNEE;
    }

    public static void check(String category, SupportForm form, boolean minor, PayeeType payee) {
        InKindNeverCash.checkPayment(category, form, payee == PayeeType.VENDOR);
        if (payee == payeeFor(form, minor)) {
            return;
        }
        if (minor) {
            throw Problems.rule(NO_CASH_TO_A_MINOR, "Category " + category + " is cash for a minor: it is paid to the "
                    + "parent, never to the child or to a vendor");
        }
        throw Problems.rule(CASH_TO_ADULT, "Category " + category + " is cash: it is paid to the adult returnee in "
                + "person; convert it to in-kind support to pay a vendor");
    }
}
