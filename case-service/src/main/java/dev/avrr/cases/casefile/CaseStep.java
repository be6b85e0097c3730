package dev.avrr.cases.casefile;

/**
 * The steps a case's history records, labelled per route. On the Swedish route the labels are the step names of
 * docs/domain.md#the-swedish-route where the leaflet names the step (Stöd, Välgrundat beslut, Behovsinventering, Återintegrationsplan,
 * Riskhantering, Förberedelser inför och under hemresan); other steps keep an English label on both routes.
 */
public enum CaseStep {
    REGISTERED("Case registered", "Stöd"),
    PROGRAMME_CHANGED("Programme changed", null),
    HOUSEHOLD_RECTIFIED("Personal data rectified", "Personal data rectified"),
    CONSENT_RECORDED("Consent recorded", "Consent recorded"),
    CONSENT_WITHDRAWN("Consent withdrawn", "Consent withdrawn"),
    APPLICATION_SIGNED("Signed application recorded", "Välgrundat beslut"),
    ELIGIBILITY_ASSESSED("Eligibility assessed", "Eligibility assessed"),
    SUBMITTED_TO_UDI("Submitted to UDI", null),
    UDI_APPROVED("Approved by UDI", null),
    UDI_REJECTED("Rejected by UDI", null),
    APPEALED_TO_UNE("Appealed to UNE", null),
    UNE_OVERTURNED("UNE overturned the rejection", null),
    UNE_UPHELD("UNE upheld the rejection", null),
    NEEDS_INVENTORIED("Needs inventory recorded", "Behovsinventering"),
    PLAN_DRAFTED("Reintegration plan drafted", "Återintegrationsplan"),
    PLAN_APPROVED("Reintegration plan approved", "Reintegration plan approved"),
    RISK_ASSESSED("Risk assessed", "Riskhantering"),
    FAMILY_TRACING_RECORDED("Family tracing recorded", "Family tracing recorded"),
    HANDED_OVER_TO_MISSION("Handed over to the mission", "Handed over to the mission"),
    TRAVEL_ARRANGED("Travel arrangements recorded", "Förberedelser inför och under hemresan"),
    TRAVEL_SCHEDULED("Travel booked", "Förberedelser inför och under hemresan"),
    DEPARTED("Departed", "Departed"),
    ARRIVED("Arrived", "Arrived"),
    CLOSED("Closed", "Closed"),
    WITHDRAWN("Withdrawn", "Withdrawn"),
    ABSCONDED("Absconded", "Absconded"),
    SUBJECT_EXPORTED("Subject access export", "Subject access export"),
    DUPLICATE_REVIEWED("Possible duplicate reviewed", "Possible duplicate reviewed");

    private final String norwegianRoute;
    private final String swedishRoute;

    CaseStep(String norwegianRoute, String swedishRoute) {
        this.norwegianRoute = norwegianRoute;
        this.swedishRoute = swedishRoute;
    }

    public String label(Jurisdiction route) {
        return route == Jurisdiction.SE && swedishRoute != null ? swedishRoute : norwegianRoute;
    }

    /** The step a command records. */
    public static CaseStep of(Command command) {
        return switch (command) {
            case ASSESS_ELIGIBILITY -> ELIGIBILITY_ASSESSED;
            case CHANGE_PROGRAMME -> PROGRAMME_CHANGED;
            case SUBMIT_TO_UDI -> SUBMITTED_TO_UDI;
            case RECORD_UDI_APPROVAL -> UDI_APPROVED;
            case RECORD_UDI_REJECTION -> UDI_REJECTED;
            case RECORD_UNE_APPEAL -> APPEALED_TO_UNE;
            case RECORD_UNE_OVERTURN -> UNE_OVERTURNED;
            case RECORD_UNE_UPHELD -> UNE_UPHELD;
            case SCHEDULE_TRAVEL -> TRAVEL_SCHEDULED;
            case CONFIRM_DEPARTURE -> DEPARTED;
            case CONFIRM_ARRIVAL -> ARRIVED;
            case CLOSE -> CLOSED;
            case WITHDRAW -> WITHDRAWN;
            case ABSCOND -> ABSCONDED;
        };
    }
}
