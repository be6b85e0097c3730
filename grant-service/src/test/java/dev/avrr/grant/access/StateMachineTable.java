package dev.avrr.grant.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.provider.Arguments;

import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.security.Roles;
import dev.avrr.platform.statemachine.TransitionTable;

/** What every state machine's table test checks: the forbidden transitions are 409s, the wrong role a 403. */
public final class StateMachineTable {

    private StateMachineTable() {
    }

    /** Every command from every state that the table does not allow. */
    public static <S extends Enum<S>, C extends Enum<C>> List<Arguments> forbidden(TransitionTable<S, C> machine,
            C[] commands, S[] states) {
        List<Arguments> cases = new ArrayList<>();
        for (C command : commands) {
            for (S state : states) {
                if (machine.rows().stream().noneMatch(t -> t.command() == command && t.from() == state)) {
                    cases.add(Arguments.of(command, state));
                }
            }
        }
        return cases;
    }

    /** Even with every role, a forbidden transition is a 409 that names the state and the guard. */
    public static <S extends Enum<S>, C extends Enum<C>> void assertConflict(TransitionTable<S, C> machine, C command,
            S state) {
        ProblemException e = assertThrows(ProblemException.class, () -> machine.apply(command, state, Roles.ALL));
        assertEquals(409, e.problem().status);
        assertEquals(state.name(), e.problem().extensions().get("state"));
        assertEquals(machine.guard(command), e.problem().extensions().get("guard"));
    }

    /** An allowed transition asked for by a role the table does not give it to is a 403. */
    public static <S extends Enum<S>, C extends Enum<C>> void assertForbiddenRole(TransitionTable<S, C> machine,
            C command, S state, String role) {
        ProblemException e = assertThrows(ProblemException.class, () -> machine.apply(command, state, Set.of(role)));
        assertEquals(403, e.problem().status);
    }
}
