package dev.avrr.referral.intake;

/**
 * The steps a referral goes through, labelled per route. On the Swedish route the labels are the step names
 * of docs/domain.md#the-swedish-route (Länsstyrelsen Stockholm / IOM Helsinki): Nytt ärende, Hänvisning,
 * Meddelande, Stöd, Välgrundat beslut. Steps the leaflet does not name keep an English label on both routes.
 */
public enum ReferralStep {
    REGISTERED("Referral registered", "Nytt ärende"),
    SUBMITTED("Submitted to IOM Oslo", "Hänvisning"),
    APPROVED_BY_COORDINATOR(null, "Meddelande"),
    ACCEPTED("Accepted by IOM Oslo", "Stöd"),
    APPLICATION_SIGNED(null, "Välgrundat beslut"),
    /** The person gave again a consent they had withdrawn; the referral's status does not change. */
    CONSENT_GIVEN_AGAIN("Consent given again", "Consent given again"),
    DECLINED("Declined", "Declined"),
    WITHDRAWN("Withdrawn", "Withdrawn");

    private final String norwegianRoute;
    private final String swedishRoute;

    ReferralStep(String norwegianRoute, String swedishRoute) {
        this.norwegianRoute = norwegianRoute;
        this.swedishRoute = swedishRoute;
    }

    public String label(Jurisdiction jurisdiction) {
        return jurisdiction == Jurisdiction.SE ? swedishRoute : norwegianRoute;
    }
}
