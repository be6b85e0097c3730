package dev.avrr.monitoring.consent;

/** What a consent decision recorded by monitoring is about. */
public enum ConsentPurpose {
    /** Being monitored after return at all; withdrawing it stops the plan. */
    MONITORING,
    /** Forwarding one piece of the returnee's own feedback to the sending office (Återkoppling, docs/domain.md#the-swedish-route). */
    FEEDBACK_FORWARDING
}
