package dev.avrr.cases.travel;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Guard;
import dev.avrr.cases.casefile.records.FamilyTracing;

// docs/domain.md#eligibility-for-the-vulnerable-groups-programme: "Familieoppsporing for enslige mindreårige" — family tracing before an unaccompanied minor travels.
/**
 * A minor travels only when family tracing found the family or a guardian who receives the child, and a
 * best-interests determination found the return to be in the child's best interest.
 */
public final class FamilyTracingGate implements Guard {

    public static final String INCOMPLETE = "family-tracing-incomplete";
    public static final String BEST_INTERESTS = "best-interests-determination-missing";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        if (!MinorApplicant.on(c, on)) {
            return Optional.empty();
        }
        FamilyTracing tracing = c.familyTracing == null ? null : c.familyTracing.value();
        if (tracing == null || !tracing.outcome().found() || tracing.receiver() == null) {
            return Optional.of(INCOMPLETE);
        }
        if (tracing.bestInterests() == null
                || !Boolean.TRUE.equals(tracing.bestInterests().returnInChildsBestInterest())) {
            return Optional.of(BEST_INTERESTS);
        }
        return Optional.empty();
    }
}
