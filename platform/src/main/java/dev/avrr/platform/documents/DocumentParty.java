package dev.avrr.platform.documents;

import dev.avrr.platform.sharing.Audience;

/**
 * Who holds a document's record as {@link DocumentNeedToKnow} reads it: each service says which of these the caller
 * is for the referral or case, by its own need-to-know rule (docs/documents.md#who-reads-which-document).
 */
public enum DocumentParty {
    /** The partner that refers the person, while the referral is its draft. */
    REFERRER,
    /** The Swedish coordinator (the county board) a referral was handed to, while the person's consent stands. */
    COORDINATOR,
    /** IOM's caseworker: the office a referral reached, or the office that runs the case. */
    CASEWORKER,
    /** The IOM mission of the country of return, once the case was handed over and while the person consents. */
    MISSION,
    /** UDI, for a Norwegian case submitted to it, while the person's consents stand. */
    UDI;

    /** The party of a case's audience (the sharing rule's): caseworker, mission or UDI; the others hold none. */
    public static DocumentParty of(Audience audience) {
        return switch (audience) {
            case CASEWORKER -> CASEWORKER;
            case MISSION -> MISSION;
            case UDI -> UDI;
            default -> throw new IllegalArgumentException("The audience " + audience + " holds no documents");
        };
    }
}
