package dev.avrr.grant.money;

import java.math.BigDecimal;

import dev.avrr.platform.problem.Problems;

/**
 * Money that moves must be a positive amount in the entitlement's currency (docs/domain.md#what-must-never-happen; bad input): a zero or
 * negative amount or another currency is refused with a 422 naming the rule, before anything is written.
 */
public final class AmountRules {

    public static final String POSITIVE = "positive-amount";
    public static final String CURRENCY = "programme-currency";
    public static final String WITHIN_BALANCE = "within-balance";

    private AmountRules() {
    }

    /** The amount, checked: positive and in {@code currency}. */
    public static BigDecimal check(String field, Money money, String currency) {
        if (money.amount().signum() <= 0) {
            throw Problems.rule(POSITIVE, "'" + field + "' must be more than zero");
        }
        if (!currency.equals(money.currency())) {
            throw Problems.rule(CURRENCY, "'" + field + "' must be in " + currency + ", the currency of the programme");
        }
        return money.amount().setScale(2);
    }

    /** Refuses to take more than what is left. */
    public static void withinBalance(String category, BigDecimal amount, BigDecimal available, String currency) {
        if (amount.compareTo(available) > 0) {
            throw Problems.rule(WITHIN_BALANCE, "Category " + category + " has " + available.toPlainString() + " "
                    + currency + " left; " + amount.toPlainString() + " is more than that");
        }
    }
}
