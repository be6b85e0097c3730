package dev.avrr.grant.ledger;

import java.math.BigDecimal;

/**
 * A category's figures from the ledger: allocated + converted in − converted out = available + reserved +
 * disbursed.
 */
public record CategoryBalance(String category, BigDecimal allocated, BigDecimal convertedIn, BigDecimal convertedOut,
        BigDecimal reserved, BigDecimal disbursed, BigDecimal available) {

    public static CategoryBalance empty(String category) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new CategoryBalance(category, zero, zero, zero, zero, zero, zero);
    }

    public CategoryBalance plus(CategoryBalance other) {
        return new CategoryBalance(category, allocated.add(other.allocated), convertedIn.add(other.convertedIn),
                convertedOut.add(other.convertedOut), reserved.add(other.reserved), disbursed.add(other.disbursed),
                available.add(other.available));
    }
}
