package dev.avrr.cases.udi;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Guard;
import dev.avrr.cases.casefile.ProgrammeEligibility;
import dev.avrr.cases.eligibility.EligibilityAssessedGuard;

// docs/domain.md#eligibility-for-the-vulnerable-groups-programme (who may apply; victims of trafficking).
/** A case goes to UDI only if its latest eligibility assessment found it eligible for its programme. */
public final class EligibleForProgrammeGuard implements Guard {

    public static final String NAME = "not-eligible";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        return c.latestEligibility()
                .map(o -> ProgrammeEligibility.of(c.programme, o).eligible() ? Optional.<String> empty() : Optional.of(NAME))
                .orElse(Optional.of(EligibilityAssessedGuard.NAME));
    }
}
