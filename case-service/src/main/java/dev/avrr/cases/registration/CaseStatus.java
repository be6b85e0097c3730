package dev.avrr.cases.registration;

/** The states of a case (the full machine is the case-service issue's; registration starts it). */
public enum CaseStatus {
    REGISTERED, ELIGIBILITY_ASSESSED, SUBMITTED_TO_UDI, UDI_APPROVED, UDI_REJECTED, APPEALED_TO_UNE,
    TRAVEL_PREPARATION, DEPARTED, ARRIVED, CLOSED, WITHDRAWN, ABSCONDED
}
