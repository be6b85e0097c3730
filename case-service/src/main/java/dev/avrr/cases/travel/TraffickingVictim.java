package dev.avrr.cases.travel;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Jurisdiction;
import dev.avrr.cases.casefile.records.EligibilityCategory;
import dev.avrr.vocabulary.events.Programme;

/**
 * Whether a case concerns a victim of trafficking, for the gates that protect one: any sign counts — the
 * programme, the referral's categories, an assessment that met the rule, or the Swedish programme, which serves
 * people subjected to trafficking or prostitution (docs/domain.md#the-swedish-route).
 */
final class TraffickingVictim {

    private TraffickingVictim() {
    }

    static boolean concerns(AvrrCase c) {
        return c.jurisdiction == Jurisdiction.SE || c.programme == Programme.VICTIMS_OF_TRAFFICKING
                || c.vulnerabilityOrNone().namesTrafficking()
                || c.latestEligibility().map(o -> o.met(EligibilityCategory.VICTIM_OF_TRAFFICKING)).orElse(false);
    }
}
