package dev.avrr.grant.ledger;

/** The accounts of an entitlement's ledger, one set per category. */
public enum Account {
    /** The programme's side: credited when money is allocated. */
    FUNDING,
    /** What the beneficiary has left to use. */
    AVAILABLE,
    /** Requested or approved for payment, not yet paid. */
    RESERVED,
    /** Paid out. */
    DISBURSED
}
