package dev.avrr.referral.intake;

/** The states of a referral; {@link ReferralTransitions} is the one table of how it moves between them. */
public enum ReferralStatus {
    DRAFT, SUBMITTED, AWAITING_COORDINATOR, APPROVED_BY_COORDINATOR, ACCEPTED, DECLINED, WITHDRAWN
}
