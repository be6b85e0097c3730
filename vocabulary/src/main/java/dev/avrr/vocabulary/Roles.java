package dev.avrr.vocabulary;

import java.util.Set;

/** The roles of the {@code groups} claim (ARCHITECTURE.md, Security). */
public final class Roles {

    public static final String PARTNER = "partner";
    public static final String COUNSELLOR = "counsellor";
    public static final String COORDINATOR = "coordinator";
    public static final String CASEWORKER = "caseworker";
    public static final String UDI = "udi";
    public static final String MISSION = "mission";
    public static final String FINANCE = "finance";
    public static final String AUDITOR = "auditor";
    /** Runs the catalogues, survey schemes and parked events: never a person's data. */
    public static final String ADMIN = "admin";
    /** The data-protection function: the data subject's requests (access, rectification, erasure). */
    public static final String DPO = "dpo";
    /** Calls between services. */
    public static final String SERVICE = "service";

    public static final Set<String> ALL = Set.of(PARTNER, COUNSELLOR, COORDINATOR, CASEWORKER, UDI, MISSION, FINANCE,
            AUDITOR, ADMIN, DPO, SERVICE);

    private Roles() {
    }
}
