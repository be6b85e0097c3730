package dev.avrr.grant.disbursement;

import java.util.List;

/** The states of a disbursement (see {@link DisbursementTransitions}). */
public enum DisbursementStatus {
    REQUESTED, APPROVED, REJECTED, CANCELLED, PAID, REVERSED;

    /** The states that hold money: reserved (requested, approved) or paid. */
    public static final List<DisbursementStatus> COMMITTED = List.of(REQUESTED, APPROVED, PAID);
}
