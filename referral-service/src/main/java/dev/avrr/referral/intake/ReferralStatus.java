package dev.avrr.referral.intake;

/** The states of a referral (the full machine of the referral-service issue; this slice uses two of them). */
public enum ReferralStatus {
    DRAFT, SUBMITTED, AWAITING_COORDINATOR, APPROVED_BY_COORDINATOR, ACCEPTED, DECLINED, WITHDRAWN
}
