package dev.avrr.grant.ledger;

/** Why a ledger transaction was written. */
public enum EntryType {
    ALLOCATION, CONVERSION, RESERVATION, RELEASE, PAYMENT, REVERSAL
}
