package dev.avrr.cases.travel;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Guard;

// docs/domain.md#what-every-applicant-may-get: "Gratis reise fra Norge til hjemland (med ledsager om nødvendig)" — for a minor it is always needed.
/** A minor never travels without an escort arranged. */
public final class MinorEscortGate implements Guard {

    public static final String NAME = "escort-required";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        if (!MinorApplicant.on(c, on)) {
            return Optional.empty();
        }
        boolean arranged = c.travelArrangements != null && c.travelArrangements.value().escortArranged();
        return arranged ? Optional.empty() : Optional.of(NAME);
    }
}
