package dev.avrr.monitoring.returnees;

import java.util.Comparator;
import java.util.List;

import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Traveller;

/**
 * The category statistics group returnees by, from the household that ReturnCompleted carries (ages and
 * relations, never names). The vulnerable-groups programme (docs/domain.md#eligibility-for-the-vulnerable-groups-programme) names minors and aged-out minors of 18 to 23 as groups of their own; a
 * household with children is a family. The case events carry no vulnerability category, so this is what
 * monitoring can know.
 */
public enum ReturneeCategory {
    /** The applicant is under 18. */
    MINOR,
    /** The applicant is 18 to 23, the age band of the aged-out minors (docs/domain.md#eligibility-for-the-vulnerable-groups-programme). */
    AGED_18_TO_23,
    /** An adult applicant travelling with at least one child. */
    FAMILY,
    /** An adult of 24 or more, without children. */
    ADULT;

    private static final int ADULT_AGE = 18;
    private static final int AGED_OUT_UNTIL = 23;

    /** The category of a household; its applicant is the traveller so related, else its eldest. */
    public static ReturneeCategory of(List<Traveller> household) {
        Traveller applicant = household.stream().filter(t -> t.relation() == HouseholdRelation.APPLICANT).findFirst()
                .orElseGet(() -> household.stream().max(Comparator.comparing(Traveller::age)).orElseThrow());
        if (applicant.age() < ADULT_AGE) {
            return MINOR;
        }
        if (household.stream().anyMatch(t -> t.relation() == HouseholdRelation.CHILD)) {
            return FAMILY;
        }
        return applicant.age() <= AGED_OUT_UNTIL ? AGED_18_TO_23 : ADULT;
    }
}
