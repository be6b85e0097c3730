package dev.avrr.referral.intake;

/** A person's sex as recorded by the referrer; the counselling figures count minors by it (docs/domain.md#yearly-figures). */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
