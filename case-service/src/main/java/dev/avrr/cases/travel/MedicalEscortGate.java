package dev.avrr.cases.travel;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Guard;

// docs/domain.md#what-every-applicant-may-get: free travel "med ledsager om nødvendig"; migrants with medical needs are a programme category.
/** Where the travel arrangements say a medical escort is needed, travel waits until one is arranged. */
public final class MedicalEscortGate implements Guard {

    public static final String NAME = "medical-escort-missing";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        boolean missing = c.travelArrangements != null && c.travelArrangements.value().medicalEscortMissing();
        return missing ? Optional.of(NAME) : Optional.empty();
    }
}
