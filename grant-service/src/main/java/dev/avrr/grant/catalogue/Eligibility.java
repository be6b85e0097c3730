package dev.avrr.grant.catalogue;

/** Which beneficiaries a category is for ({@link BeneficiaryGroup}). */
public enum Eligibility {
    EVERY_BENEFICIARY, ADULTS, MINORS,
    /**
     * Minors travelling with the applicant, such as UDI's supplement "per accompanying child"
     * (docs/domain.md#the-udi-standard-grant): never the applicant, not even a minor who travels alone.
     */
    ACCOMPANYING_CHILDREN;

    public boolean includes(BeneficiaryGroup group) {
        return switch (this) {
            case EVERY_BENEFICIARY -> true;
            case ADULTS -> group == BeneficiaryGroup.ADULT;
            case MINORS -> group != BeneficiaryGroup.ADULT;
            case ACCOMPANYING_CHILDREN -> group == BeneficiaryGroup.ACCOMPANYING_CHILD;
        };
    }
}
