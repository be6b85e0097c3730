package dev.avrr.monitoring.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.params.provider.Arguments;

import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.ProblemType;
import dev.avrr.platform.security.Roles;
import dev.avrr.platform.statemachine.TransitionTable;

/** What every state machine's test checks, on any {@link TransitionTable}. */
public final class TransitionTableCases {

    /** Every role a token could hold, and the service's own. */
    public static final Set<String> EVERY_ROLE;

    static {
        var all = new java.util.HashSet<>(Roles.ALL);
        all.add(TransitionTable.SYSTEM);
        EVERY_ROLE = Set.copyOf(all);
    }

    private TransitionTableCases() {
    }

    /** Each (command, state) pair the table does not allow, for a parameterized test. */
    public static <S extends Enum<S>, C extends Enum<C>> List<Arguments> forbidden(TransitionTable<S, C> table,
            C[] commands, S[] states) {
        List<Arguments> cases = new ArrayList<>();
        for (C command : commands) {
            for (S state : states) {
                if (!table.allows(command, state)) {
                    cases.add(Arguments.of(command, state));
                }
            }
        }
        return cases;
    }

    /** How many (transition, role) pairs the table holds: a row added without a test row fails the count. */
    public static int rolePairs(TransitionTable<?, ?> table) {
        return table.rows().stream().mapToInt(t -> t.roles().size()).sum();
    }

    /** A forbidden command is a 409 that names the state and a guard about the command, whatever the role. */
    public static <S extends Enum<S>, C extends Enum<C>> void assertConflict(TransitionTable<S, C> table, C command,
            S state) {
        ProblemException e = assertThrows(ProblemException.class, () -> table.apply(command, state, EVERY_ROLE));
        assertEquals(ProblemType.STATE_CONFLICT.status(), e.problem().status);
        assertEquals(state.name(), e.problem().extensions().get("state"));
        String verb = command.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String guard = e.problem().extensions().get("guard").toString();
        assertTrue(guard.startsWith(verb + " is allowed only from ") || guard.startsWith("no " + verb), guard);
    }

    /** The right state but a role the row does not name is a 403. */
    public static <S extends Enum<S>, C extends Enum<C>> void assertForbiddenRole(TransitionTable<S, C> table,
            C command, S state, String role) {
        ProblemException e = assertThrows(ProblemException.class, () -> table.apply(command, state, Set.of(role)));
        assertEquals(403, e.problem().status);
    }
}
