package dev.avrr.platform.organisations;

/**
 * What an organisation is (docs/domain.md#who-uses-the-system): partners that refer (NGOs, municipalities and their social services,
 * reception centres, the police, the migration agency), the Swedish county board that coordinates, IOM's offices
 * and missions, and UDI.
 */
public enum OrganisationKind {
    NGO(false),
    MUNICIPALITY(true),
    RECEPTION_CENTRE(false),
    COORDINATOR(true),
    MIGRATION_AGENCY(true),
    POLICE(true),
    IOM_OFFICE(false),
    MISSION(false),
    UDI(true);

    private final boolean authority;

    OrganisationKind(boolean authority) {
        this.authority = authority;
    }

    /** Whether the organisation is a public authority. */
    public boolean authority() {
        return authority;
    }
}
