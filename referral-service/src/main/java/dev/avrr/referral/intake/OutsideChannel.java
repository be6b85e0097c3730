package dev.avrr.referral.intake;

/** How a person reached the coordinator outside the system, when the coordinator registers the referral itself. */
public enum OutsideChannel {
    PHONE, REGIONAL_COORDINATOR, IN_PERSON, OTHER
}
