package dev.avrr.cases.casefile;

/** The commands that move a case (each one an endpoint), as the lifecycle's transition table lists them. */
public enum Command {
    ASSESS_ELIGIBILITY, CHANGE_PROGRAMME, SUBMIT_TO_UDI, RECORD_UDI_APPROVAL, RECORD_UDI_REJECTION, RECORD_UNE_APPEAL,
    RECORD_UNE_OVERTURN, RECORD_UNE_UPHELD, SCHEDULE_TRAVEL, CONFIRM_DEPARTURE, CONFIRM_ARRIVAL, CLOSE, WITHDRAW,
    ABSCOND;

    /** The name used in refusals, e.g. {@code schedule-travel}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }
}
