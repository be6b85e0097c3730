package dev.avrr.platform.sharing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.avrr.vocabulary.Roles;

/**
 * Who may see a case, and as which audience: the one rule every service applies to single reads, commands, lists
 * and reports alike (docs/sharing.md; docs/domain.md#need-to-know-access: by role, organisation and country
 * of return; docs/domain.md#consent-per-purpose-and-recipient). A pure function of the caller and the case's {@link CaseFacts};
 * {@link #condition} is the same rule written as a JPQL condition, for lists.
 *
 * <ul>
 * <li>caseworker: the cases of its IOM office;</li>
 * <li>mission: the cases returning to its country, once the sending office handed them over and while the
 * person's consent to share for the return stands;</li>
 * <li>UDI: Norwegian cases submitted to it, while the person's consents to share with UDI and onward stand;</li>
 * <li>finance and the auditor: the money of any case; the data-protection function ({@code dpo}, not
 * {@code admin}): any case, for the person's requests.</li>
 * </ul>
 * Anyone else sees nothing, and is told "not found".
 */
public final class SharingRule {

    private SharingRule() {
    }

    public static boolean sees(Viewer v, CaseFacts c, Audience audience) {
        return switch (audience) {
            case CASEWORKER -> v.has(Roles.CASEWORKER) && v.org().filter(o -> o.equals(c.office())).isPresent();
            case MISSION -> v.has(Roles.MISSION) && v.country().filter(k -> k.equals(c.countryOfReturn())).isPresent()
                    && c.handedOverToMission() && c.shareForReturn();
            case UDI -> v.has(Roles.UDI) && CaseFacts.NORWAY.equals(c.jurisdiction()) && c.submittedToUdi()
                    && c.shareWithUdi() && c.shareForReturn();
            case FINANCE -> v.has(Roles.FINANCE);
            case AUDITOR -> v.has(Roles.AUDITOR);
            case DATA_PROTECTION -> v.has(Roles.DPO);
        };
    }

    /** The first of the operation's audiences, in the order given, that the caller sees this case as. */
    public static Optional<Audience> audience(Viewer v, CaseFacts c, Audience... acting) {
        for (Audience a : acting) {
            if (sees(v, c, a)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The cases the caller may list in these audiences, as a JPQL condition on the entity {@code paths} name. */
    public static Condition condition(Viewer v, FactPaths p, Audience... acting) {
        List<String> any = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        for (Audience a : acting) {
            switch (a) {
                case CASEWORKER -> {
                    if (v.has(Roles.CASEWORKER) && v.org().isPresent()) {
                        any.add(p.office() + " = :shareOffice");
                        params.put("shareOffice", v.org().get());
                    }
                }
                case MISSION -> {
                    if (v.has(Roles.MISSION) && v.country().isPresent()) {
                        any.add("(" + p.countryOfReturn() + " = :shareCountry AND " + p.handedOverToMission() + " AND "
                                + p.shareForReturn() + ")");
                        params.put("shareCountry", v.country().get());
                    }
                }
                case UDI -> {
                    if (v.has(Roles.UDI)) {
                        any.add("(" + p.norwegian() + " AND " + p.submittedToUdi() + " AND " + p.shareWithUdi() + " AND "
                                + p.shareForReturn() + ")");
                    }
                }
                case FINANCE, AUDITOR, DATA_PROTECTION -> {
                    if (sees(v, null, a)) {
                        return Condition.ALL;
                    }
                }
            }
        }
        return any.isEmpty() ? Condition.NONE : new Condition("(" + String.join(" OR ", any) + ")", params);
    }

    /** A JPQL condition and its parameters; {@link #NONE} matches nothing, {@link #ALL} everything. */
    public record Condition(String jpql, Map<String, Object> parameters) {

        public static final Condition NONE = new Condition("1 = 0", Map.of());
        public static final Condition ALL = new Condition("1 = 1", Map.of());

        public Condition {
            parameters = Map.copyOf(parameters);
        }

        public boolean matchesNothing() {
            return this == NONE || NONE.jpql.equals(jpql);
        }

        /** Either condition holds (their parameters must not share a name). */
        public Condition or(Condition other) {
            Map<String, Object> merged = new HashMap<>(parameters);
            merged.putAll(other.parameters);
            return new Condition("(" + jpql + " OR " + other.jpql + ")", merged);
        }

        /** This condition on the case of the rows of another entity: {@code caseIdPath} in the matching cases. */
        public Condition onCaseOf(String caseIdPath, String entity, String alias, String idPath) {
            if (jpql.equals(ALL.jpql) || matchesNothing()) {
                return this;
            }
            return new Condition(caseIdPath + " IN (SELECT " + idPath + " FROM " + entity + " " + alias + " WHERE "
                    + jpql + ")", parameters);
        }
    }
}
