package dev.avrr.grant.catalogue;

import java.util.List;

import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Traveller;

// docs/domain.md#the-victims-of-trafficking-package: "Children of victims of trafficking traveling together with the parent ... the same reintegration support package".
/**
 * Who of a household gets an entitlement: the applicant under the vulnerable groups programme; the applicant and
 * each child under the victims of trafficking and Swedish programmes (docs/domain.md#the-reintegration-grants); every adult and
 * every child under UDI's standard grant.
 */
public final class BeneficiarySelection {

    /** Under 18 on the event's date: a minor, who never receives cash in hand. */
    public static final int AGE_OF_MAJORITY = 18;

    private BeneficiarySelection() {
    }

    public static List<Traveller> beneficiaries(Beneficiaries rule, List<Traveller> household) {
        return household.stream().filter(t -> switch (rule) {
            case APPLICANT_ONLY -> t.relation() == HouseholdRelation.APPLICANT;
            case APPLICANT_AND_CHILDREN -> t.relation() == HouseholdRelation.APPLICANT
                    || t.relation() == HouseholdRelation.CHILD;
            case EVERY_TRAVELLER -> true;
        }).toList();
    }

    public static boolean minor(Traveller t) {
        return t.age() < AGE_OF_MAJORITY;
    }

    /** An adult, a minor who is the applicant, or a minor travelling with the applicant. */
    public static BeneficiaryGroup group(Traveller t) {
        if (!minor(t)) {
            return BeneficiaryGroup.ADULT;
        }
        return t.relation() == HouseholdRelation.APPLICANT ? BeneficiaryGroup.MINOR
                : BeneficiaryGroup.ACCOMPANYING_CHILD;
    }
}
