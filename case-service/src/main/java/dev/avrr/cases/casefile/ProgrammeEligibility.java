package dev.avrr.cases.casefile;

import dev.avrr.cases.casefile.records.EligibilityCategory;
import dev.avrr.cases.casefile.records.EligibilityOutcome;
import dev.avrr.vocabulary.events.Programme;

/**
 * Whether an assessed case is eligible for its programme. Vulnerable groups (docs/domain.md#eligibility-for-the-vulnerable-groups-programme): at
 * least one category's rule is met. Victims of trafficking: the victim-of-trafficking rule is met. UDI's standard
 * grant (docs/domain.md#the-udi-standard-grant) asks no vulnerability. The Swedish programme
 * (docs/domain.md#the-swedish-route): the coordinator's approval
 * (Meddelande) decided it before IOM Helsinki received the case.
 */
public final class ProgrammeEligibility {

    private ProgrammeEligibility() {
    }

    /** The programme's verdict on an assessment, and the basis it stands on. */
    public record Verdict(boolean eligible, String basis) {
    }

    public static Verdict of(Programme programme, EligibilityOutcome outcome) {
        return switch (programme) {
            case VULNERABLE_GROUPS -> outcome.anyMet()
                    ? new Verdict(true, "at least one category of the vulnerable groups programme is met")
                    : new Verdict(false, "no category of the vulnerable groups programme is met");
            case VICTIMS_OF_TRAFFICKING -> outcome.met(EligibilityCategory.VICTIM_OF_TRAFFICKING)
                    ? new Verdict(true, "identified as a victim of trafficking")
                    : new Verdict(false, "the victims of trafficking programme needs an identified victim");
            case UDI_STANDARD -> new Verdict(true, "UDI's standard assisted return asks no vulnerability");
            case SWEDISH_AVRR -> new Verdict(true, "the coordinator approved the request for support (Meddelande)");
        };
    }
}
