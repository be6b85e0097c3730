package dev.avrr.cases.casefile.records;

/**
 * What a person consented to, each purpose with its recipient (docs/domain.md#consent-per-purpose-and-recipient). Both are taken by IOM from the person and recorded here by the caseworker; the system never
 * creates one. A withdrawal of the consent to share with IOM at the referrer withdraws sharing for the return.
 */
public enum ConsentPurpose {
    /** The application and the person's details go to UDI for its decision (docs/domain.md#the-norwegian-route). */
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
