package dev.avrr.cases.registration;

/** The IOM office that runs a return: Oslo for Norway, Helsinki for Sweden (DOMAIN.md, who uses it). */
public enum IomOffice {
    IOM_OSLO, IOM_HELSINKI;

    /** The office for a referral's jurisdiction. */
    public static IomOffice forJurisdiction(String jurisdiction) {
        return switch (jurisdiction) {
            case "NO" -> IOM_OSLO;
            case "SE" -> IOM_HELSINKI;
            default -> throw new IllegalArgumentException("Unknown jurisdiction");
        };
    }
}
