package dev.avrr.cases.eligibility;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Guard;

// docs/domain.md#what-every-applicant-may-get: "Veiledning og vurdering av reintegreringsbehov" — IOM assesses a case before anything follows.
/** Nothing after registration happens before the case's eligibility has been assessed. */
public final class EligibilityAssessedGuard implements Guard {

    public static final String NAME = "eligibility-not-assessed";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        return c.latestEligibility().isPresent() ? Optional.empty() : Optional.of(NAME);
    }
}
