package dev.avrr.grant.catalogue;

/** Which beneficiaries a category is for; a minor is under 18 on the day of allocation. */
public enum Eligibility {
    EVERY_BENEFICIARY, ADULTS, MINORS;

    public boolean includes(boolean minor) {
        return this == EVERY_BENEFICIARY || (this == MINORS) == minor;
    }
}
