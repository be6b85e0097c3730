package dev.avrr.cases.eligibility;

import dev.avrr.cases.casefile.records.EligibilityInput;

/** How the person arrived, as the two minors' rules read it. */
final class ArrivalFacts {

    private ArrivalFacts() {
    }

    static boolean withoutParentOrGuardian(EligibilityInput input) {
        return input.arrival() != null && Boolean.TRUE.equals(input.arrival().withoutParentOrLegalGuardian());
    }
}
