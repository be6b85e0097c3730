package dev.avrr.referral.intake;

/**
 * What the person consented to (docs/domain.md#consent-per-purpose-and-recipient): that the
 * referral is shared with IOM's office, with the Swedish coordinator, and that the referrer (or the
 * coordinator) is told how the return goes (Återkoppling, docs/domain.md#the-swedish-route).
 */
public enum ConsentPurpose {
    SHARE_WITH_IOM, SHARE_WITH_COORDINATOR, FEEDBACK_TO_REFERRER
}
