package dev.avrr.cases.consent;

/**
 * What a person consented to, each purpose with its recipient (DOMAIN.md, data protection: consent per purpose
 * and recipient). Sharing for the return stands from the referral (the person's consent to share with IOM) or the
 * person's own application to IOM, until withdrawn; consent to share with UDI is taken by IOM and recorded here.
 */
public enum ConsentPurpose {
    /** The application and the person's details go to UDI for its decision (seed 000). */
    SHARE_WITH_UDI("udi"),
    /** The person's details go onward for the return: the IOM mission in the country of return, carriers, escorts. */
    SHARE_FOR_RETURN("iom-mission-and-travel-providers");

    private final String recipient;

    ConsentPurpose(String recipient) {
        this.recipient = recipient;
    }

    public String recipient() {
        return recipient;
    }
}
