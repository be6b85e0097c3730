package dev.avrr.cases.registration;

import dev.avrr.cases.casefile.Jurisdiction;
import dev.avrr.cases.casefile.Vulnerability;
import dev.avrr.vocabulary.events.Programme;

// docs/domain.md#the-swedish-route (the Swedish programme), #the-victims-of-trafficking-package and
// #eligibility-for-the-vulnerable-groups-programme.
/**
 * The programme a referred case starts under: a Swedish referral runs under the Swedish programme; a referral
 * naming a victim of trafficking under the victims of trafficking programme; any other under the vulnerable
 * groups programme. A caseworker registering a case directly chooses, and may change it before submission.
 */
public final class ProgrammeDefault {

    private ProgrammeDefault() {
    }

    public static Programme forReferral(Jurisdiction jurisdiction, Vulnerability vulnerability) {
        if (jurisdiction == Jurisdiction.SE) {
            return Programme.SWEDISH_AVRR;
        }
        if (vulnerability != null && vulnerability.namesTrafficking()) {
            return Programme.VICTIMS_OF_TRAFFICKING;
        }
        return Programme.VULNERABLE_GROUPS;
    }
}
