package dev.avrr.referral.intake;

/**
 * Fired (synchronously, in the step's transaction) when a referral takes a step, so that feedback to the
 * referrer (webhooks) follows its own status changes without the state machine knowing about it.
 */
public record ReferralStepRecorded(Referral referral, ReferralStepRecord step) {
}
