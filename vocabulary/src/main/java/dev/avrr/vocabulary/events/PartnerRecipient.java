package dev.avrr.vocabulary.events;

/**
 * A partner the returnee may let their feedback reach: the organisation that referred them, or the coordinator of
 * the Swedish route (Länsstyrelsen). Which organisation that is, referral-service knows.
 */
public enum PartnerRecipient {
    REFERRER, COORDINATOR
}
