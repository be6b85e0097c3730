package dev.avrr.platform.organisations;

/**
 * One registered organisation: its id (the {@code org} claim of its people's tokens), kind and country (ISO 3166
 * alpha-2).
 */
public record Organisation(String id, OrganisationKind kind, String country, String name) {

    public Organisation {
        if (id == null || id.isBlank() || kind == null || country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("An organisation needs an id, a kind and a two-letter country");
        }
    }

    /**
     * Whether the organisation may be told about a person's return to {@code countryOfReturn} — travel, departure,
     * arrival, the reintegration plan and monitoring. Never the police (docs/domain.md#the-norwegian-route: the police immigration unit is
     * not involved in a return with IOM), never an authority of the country of return (IOM does not inform the
     * home country's authorities).
     */
    public boolean mayFollowTheReturnTo(String countryOfReturn) {
        if (kind == OrganisationKind.POLICE) {
            return false;
        }
        return !(kind.authority() && country.equals(countryOfReturn));
    }
}
