package dev.avrr.platform.sharing;

/**
 * The ways a caller can see a case, each with its own view (docs/sharing.md). An operation names the audiences
 * it serves; a caller who holds a role but not the audience's conditions for this case sees nothing.
 */
public enum Audience {
    /** The IOM office that runs the case (the case's office is the caseworker's {@code org}). */
    CASEWORKER,
    /** The IOM mission of the country of return, once the case was handed over and while the person consents. */
    MISSION,
    /** UDI, for a Norwegian case submitted to it, while the person's consents to share with UDI and onward stand. */
    UDI,
    /** IOM finance: the money of every case, to approve what others request. */
    FINANCE,
    /** IOM's auditor: the money of every case, read only. */
    AUDITOR,
    /** The data-protection function, for the data subject's own export. */
    DATA_PROTECTION
}
