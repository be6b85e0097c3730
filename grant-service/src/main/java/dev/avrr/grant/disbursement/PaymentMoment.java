package dev.avrr.grant.disbursement;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.grant.allocation.EntitlementCategory;
import dev.avrr.grant.cases.GrantCase;
import dev.avrr.grant.catalogue.CategoryKind;
import dev.avrr.platform.problem.Problems;

// docs/domain.md#the-victims-of-trafficking-package: in-kind support is paid on the plan made with the mission upon arrival.
/**
 * When a category's money may be requested (docs/grant-service.md#when-money-may-move): subsistence and UDI's cash
 * grant from the departure on (they carry the person through the journey and the first days); everything else —
 * housing, income generation, medical aid, in kind on a line of an approved plan — only after the arrival. A plan may
 * be drafted and approved before travel; the money on it waits for the arrival.
 */
public final class PaymentMoment {

    public static final String FROM_DEPARTURE = "payable-from-departure";
    public static final String AFTER_ARRIVAL = "payable-after-arrival";

    private PaymentMoment() {
    }

    /** The rule that refuses a payment of {@code kind} on a case departed and arrived as given (null: not yet). */
    public static Optional<String> refusal(CategoryKind kind, LocalDate departedOn, LocalDate arrivedOn) {
        boolean departed = departedOn != null || arrivedOn != null;
        return switch (kind) {
            case SUBSISTENCE, CASH_GRANT -> departed ? Optional.empty() : Optional.of(FROM_DEPARTURE);
            case ACCOMMODATION, INCOME_GENERATION, MEDICAL ->
                arrivedOn != null ? Optional.empty() : Optional.of(AFTER_ARRIVAL);
        };
    }

    public static void check(EntitlementCategory category, GrantCase c) {
        Optional<String> refused = refusal(category.kind, c.departedOn, c.returnedOn);
        if (refused.isPresent()) {
            throw Problems.rule(refused.get(), FROM_DEPARTURE.equals(refused.get())
                    ? "Category " + category.code + " is paid from the departure on; the case has not departed"
                    : "Category " + category.code + " is paid after the arrival in the country of return; the "
                            + "arrival is not recorded");
        }
    }
}
