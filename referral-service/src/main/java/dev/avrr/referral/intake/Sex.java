package dev.avrr.referral.intake;

/** A person's sex as recorded by the referrer; the counselling figures count minors by it (seed 004). */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
