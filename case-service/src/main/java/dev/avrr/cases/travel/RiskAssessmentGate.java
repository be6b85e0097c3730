package dev.avrr.cases.travel;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Guard;
import dev.avrr.cases.casefile.records.RiskLevel;

// docs/domain.md#eligibility-for-the-vulnerable-groups-programme: "Risikovurdering for ofre for menneskehandel"; docs/domain.md#the-swedish-route,
// Riskhantering (every Swedish case).
/**
 * A victim of trafficking travels only after a risk assessment; the latest assessment of any case, if HIGH,
 * blocks travel until the risks are mitigated and a new assessment lowers the level.
 */
public final class RiskAssessmentGate implements Guard {

    public static final String MISSING = "risk-assessment-missing";
    public static final String TOO_HIGH = "risk-too-high";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        var latest = c.latestRiskAssessment();
        if (latest.isEmpty()) {
            return TraffickingVictim.concerns(c) ? Optional.of(MISSING) : Optional.empty();
        }
        return latest.get().level() == RiskLevel.HIGH ? Optional.of(TOO_HIGH) : Optional.empty();
    }
}
