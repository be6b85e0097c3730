package dev.avrr.platform.audit;

/** How an audited attempt ended. */
public enum AuditOutcome {
    SUCCESS,
    /** Refused because the record is not the caller's (answered 404). */
    NOT_YOURS,
    /** Refused by a rule or a state guard. */
    REFUSED
}
