package dev.avrr.monitoring.consent;

/** What a consent decision recorded by monitoring is about. */
public enum ConsentPurpose {
    /** Being monitored after return at all; withdrawing it stops the plan. */
    MONITORING,
    /** Forwarding one piece of the returnee's own feedback to the sending office (Återkoppling, docs/domain.md#the-swedish-route). */
    FEEDBACK_FORWARDING,
    /**
     * Letting one piece of the returnee's feedback (the words they approved) reach a partner who referred them; the
     * recipient is the partner's part — {@code referrer} or {@code coordinator} — which referral-service resolves to
     * the organisation.
     */
    FEEDBACK_TO_PARTNER
}
