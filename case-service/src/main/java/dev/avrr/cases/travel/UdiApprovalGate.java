package dev.avrr.cases.travel;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Guard;

// docs/domain.md#the-norwegian-route: "Før IOM kan hjelpe deg trenger vi godkjenning fra Utlendingsdirektoratet (UDI)."
/**
 * No travel is booked before the return is approved: by UDI, by UNE overturning a rejection, or — in Sweden —
 * by the coordinator, whose approval stands where UDI's does (docs/domain.md#the-swedish-route).
 */
public final class UdiApprovalGate implements Guard {

    public static final String NAME = "udi-approval-missing";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        return c.approvedAt != null ? Optional.empty() : Optional.of(NAME);
    }
}
