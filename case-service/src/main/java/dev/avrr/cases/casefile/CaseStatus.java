package dev.avrr.cases.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a case (docs/case-service.md, state machine). Norway: registered → eligibility assessed → submitted to UDI → UDI
 * approved or rejected (→ appealed to UNE → overturned, back to approved, or upheld) → travel preparation →
 * departed → arrived → closed. Sweden skips the UDI states: the coordinator's approval stands where UDI's
 * decision stands (docs/domain.md#the-swedish-route). Withdrawn and absconded end a case that has not arrived.
 */
public enum CaseStatus {
    REGISTERED, ELIGIBILITY_ASSESSED, SUBMITTED_TO_UDI, UDI_APPROVED, UDI_REJECTED, APPEALED_TO_UNE, REJECTION_UPHELD,
    TRAVEL_PREPARATION, DEPARTED, ARRIVED, CLOSED, WITHDRAWN, ABSCONDED;

    private static final Set<CaseStatus> ENDED = EnumSet.of(CLOSED, WITHDRAWN, ABSCONDED);

    /** Not ended: something may still happen to the case. */
    public boolean isOpen() {
        return !ENDED.contains(this);
    }

    /** The return has not been completed and the case has not ended: it may still be withdrawn or abandoned. */
    public boolean isBeforeArrival() {
        return isOpen() && this != ARRIVED;
    }
}
