package dev.avrr.referral.consent;

/**
 * What the person consented to (DOMAIN.md, data protection: consent per purpose and recipient): that the
 * referral is shared with IOM's office, with the Swedish coordinator, and that the referrer (or the
 * coordinator) is told how the return goes (seed 002, Återkoppling).
 */
public enum ConsentPurpose {
    SHARE_WITH_IOM, SHARE_WITH_COORDINATOR, FEEDBACK_TO_REFERRER
}
