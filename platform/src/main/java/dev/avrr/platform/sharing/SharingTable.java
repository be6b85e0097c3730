package dev.avrr.platform.sharing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.avrr.vocabulary.Roles;

/**
 * The sharing rule as a table of cases (role × case state × consent), written out by hand: the platform's test
 * checks {@link SharingRule} against it, and every service runs it against its own HTTP API, so that all four
 * give the same answers. docs/sharing.md shows it. Every case is IOM Oslo's, Norwegian, returning to Ethiopia.
 */
public final class SharingTable {

    public static final String OFFICE = "iom-oslo";
    public static final String OTHER_OFFICE = "iom-helsinki";
    public static final String COUNTRY = "ET";
    public static final String OTHER_COUNTRY = "SO";

    /** A case in one state, by the facts the rule reads. */
    public enum CaseState {
        /** Registered at the office; the person consents to sharing for the return; nothing handed over. */
        REGISTERED(false, true, false, false, false),
        /** Submitted to UDI with the person's consent to share with UDI. */
        SUBMITTED_TO_UDI(false, true, true, true, false),
        /** Submitted to UDI, then the person withdrew the consent to share with UDI. */
        UDI_CONSENT_WITHDRAWN(false, true, false, true, false),
        /** Handed over to the mission of the country of return. */
        HANDED_OVER(true, true, false, false, false),
        /** Handed over, then the person withdrew the consent to share for the return. */
        HANDED_OVER_CONSENT_WITHDRAWN(true, false, false, false, false),
        /** Approved by UDI and departed, without a handover: departure alone shows the mission nothing. */
        DEPARTED_NOT_HANDED_OVER(false, true, true, true, true);

        public final boolean handedOverToMission;
        public final boolean shareForReturn;
        public final boolean shareWithUdi;
        public final boolean submittedToUdi;
        public final boolean departed;

        CaseState(boolean handedOverToMission, boolean shareForReturn, boolean shareWithUdi, boolean submittedToUdi,
                boolean departed) {
            this.handedOverToMission = handedOverToMission;
            this.shareForReturn = shareForReturn;
            this.shareWithUdi = shareWithUdi;
            this.submittedToUdi = submittedToUdi;
            this.departed = departed;
        }

        public CaseFacts facts() {
            return new CaseFacts(OFFICE, COUNTRY, CaseFacts.NORWAY, handedOverToMission, shareForReturn, shareWithUdi,
                    submittedToUdi, departed);
        }
    }

    /** Who asks: one role each, with the audience that role could see a case as. */
    public enum Asker {
        CASEWORKER(Roles.CASEWORKER, OFFICE, null, Audience.CASEWORKER),
        CASEWORKER_OF_OTHER_OFFICE(Roles.CASEWORKER, OTHER_OFFICE, null, Audience.CASEWORKER),
        MISSION(Roles.MISSION, "iom-mission-et", COUNTRY, Audience.MISSION),
        MISSION_OF_OTHER_COUNTRY(Roles.MISSION, "iom-mission-so", OTHER_COUNTRY, Audience.MISSION),
        UDI(Roles.UDI, "udi", null, Audience.UDI),
        FINANCE(Roles.FINANCE, "iom-finance", null, Audience.FINANCE),
        AUDITOR(Roles.AUDITOR, "iom-audit", null, Audience.AUDITOR),
        DPO(Roles.DPO, "iom-data-protection", null, Audience.DATA_PROTECTION),
        ADMIN(Roles.ADMIN, "iom-admin", null, null),
        PARTNER(Roles.PARTNER, "fictional-ngo", null, null);

        public final String role;
        public final String org;
        public final String country;
        private final Audience audience;

        Asker(String role, String org, String country, Audience audience) {
            this.role = role;
            this.org = org;
            this.country = country;
            this.audience = audience;
        }

        public Viewer viewer() {
            return new Viewer(Set.of(role), Optional.ofNullable(org), Optional.ofNullable(country));
        }

        /** The audience this asker could see a case as; empty for a role no case is shared with. */
        public Optional<Audience> audience() {
            return Optional.ofNullable(audience);
        }
    }

    private static final String TABLE = """
            state                         | CASEWORKER | CASEWORKER_OF_OTHER_OFFICE | MISSION | MISSION_OF_OTHER_COUNTRY | UDI | FINANCE | AUDITOR | DPO   | ADMIN | PARTNER
            REGISTERED                    | sees       | -                          | -       | -                        | -   | sees    | sees    | sees  | -     | -
            SUBMITTED_TO_UDI              | sees       | -                          | -       | -                        | sees| sees    | sees    | sees  | -     | -
            UDI_CONSENT_WITHDRAWN         | sees       | -                          | -       | -                        | -   | sees    | sees    | sees  | -     | -
            HANDED_OVER                   | sees       | -                          | sees    | -                        | -   | sees    | sees    | sees  | -     | -
            HANDED_OVER_CONSENT_WITHDRAWN | sees       | -                          | -       | -                        | -   | sees    | sees    | sees  | -     | -
            DEPARTED_NOT_HANDED_OVER      | sees       | -                          | -       | -                        | sees| sees    | sees    | sees  | -     | -
            """;

    /** One cell: whether this asker sees a case in this state (as its audience). */
    public record Row(CaseState state, Asker asker, boolean sees) {

        /** What an operation serving these audiences answers: 200, 404 (not shared) or 403 (role not served). */
        public int status(Set<String> operationRoles, Audience... served) {
            if (!operationRoles.contains(asker.role)) {
                return 403;
            }
            boolean servedAudience = asker.audience().filter(a -> Arrays.asList(served).contains(a)).isPresent();
            return sees && servedAudience ? 200 : 404;
        }

        @Override
        public String toString() {
            return state + " × " + asker + (sees ? " sees" : " sees nothing");
        }
    }

    private SharingTable() {
    }

    /** Every cell of the table, in order. */
    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        String[] lines = TABLE.strip().split("\n");
        String[] head = cells(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String[] cells = cells(lines[i]);
            CaseState state = CaseState.valueOf(cells[0]);
            for (int j = 1; j < head.length; j++) {
                rows.add(new Row(state, Asker.valueOf(head[j]), "sees".equals(cells[j])));
            }
        }
        return List.copyOf(rows);
    }

    /** The table as markdown, for the docs. */
    public static String markdown() {
        Map<CaseState, Map<Asker, Boolean>> byState = new LinkedHashMap<>();
        rows().forEach(r -> byState.computeIfAbsent(r.state(), s -> new LinkedHashMap<>()).put(r.asker(), r.sees()));
        StringBuilder md = new StringBuilder("| case | ");
        Arrays.stream(Asker.values()).forEach(a -> md.append(a.name().toLowerCase().replace('_', ' ')).append(" | "));
        md.setLength(md.length() - 1);
        md.append('\n').append("|---".repeat(Asker.values().length + 1)).append("|\n");
        byState.forEach((state, cells) -> {
            md.append("| ").append(state.name().toLowerCase().replace('_', ' ')).append(" | ");
            cells.values().forEach(s -> md.append(s ? "sees" : "—").append(" | "));
            md.setLength(md.length() - 1);
            md.append('\n');
        });
        return md.toString();
    }

    private static String[] cells(String line) {
        return Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
    }
}
