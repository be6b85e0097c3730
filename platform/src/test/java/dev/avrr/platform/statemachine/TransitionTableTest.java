package dev.avrr.platform.statemachine;

import static dev.avrr.platform.statemachine.TransitionTable.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.ProblemType;
import dev.avrr.vocabulary.Roles;

/** The mechanism every service's state machine stands on, on a small machine of its own. */
class TransitionTableTest {

    enum State {
        DRAFT, SUBMITTED, APPROVED, RETURNED
    }

    enum Command {
        SUBMIT, APPROVE, SEND_BACK, ARCHIVE
    }

    static final TransitionTable<State, Command> TABLE = TransitionTable.of("plan",
            row(Command.SUBMIT, State.DRAFT, State.SUBMITTED, Roles.MISSION),
            row(Command.SUBMIT, State.RETURNED, State.SUBMITTED, Roles.MISSION),
            row(Command.APPROVE, State.SUBMITTED, State.APPROVED, Roles.CASEWORKER),
            row(Command.APPROVE, State.SUBMITTED, State.APPROVED, Roles.FINANCE),
            row(Command.SEND_BACK, State.SUBMITTED, State.RETURNED, Roles.CASEWORKER, TransitionTable.SYSTEM));

    @ParameterizedTest(name = "{0} from {1} by {3} → {2}")
    @CsvSource({
            "SUBMIT,    DRAFT,     SUBMITTED, mission",
            "SUBMIT,    RETURNED,  SUBMITTED, mission",
            "APPROVE,   SUBMITTED, APPROVED,  caseworker",
            "APPROVE,   SUBMITTED, APPROVED,  finance",
            "SEND_BACK, SUBMITTED, RETURNED,  caseworker",
            "SEND_BACK, SUBMITTED, RETURNED,  system",
    })
    void allowed(Command command, State from, State to, String role) {
        TransitionTable.Transition<State, Command> t = TABLE.apply(command, from, Set.of(role, Roles.AUDITOR));
        assertEquals(to, t.to());
        assertEquals(to, t.takenFrom(from));
        assertTrue(TABLE.allows(command, from));
    }

    @ParameterizedTest(name = "{0} from {1} is a 409 naming {1} and the guard {2}")
    @CsvSource({
            "SUBMIT,    SUBMITTED, submit is allowed only from DRAFT or RETURNED",
            "APPROVE,   DRAFT,     approve is allowed only from SUBMITTED",
            "SEND_BACK, APPROVED,  send back is allowed only from SUBMITTED",
            "ARCHIVE,   APPROVED,  no archive on a plan",
    })
    void aStateTheTableDoesNotListIsAConflictNamingTheStateAndTheGuard(Command command, State state, String guard) {
        assertFalse(TABLE.allows(command, state));
        ProblemException e = assertThrows(ProblemException.class, () -> TABLE.apply(command, state, Roles.ALL));
        assertEquals(ProblemType.STATE_CONFLICT.status(), e.problem().status);
        assertEquals(state.name(), e.problem().extensions().get("state"));
        assertEquals(guard, e.problem().extensions().get("guard"));
        assertEquals(guard, TABLE.guard(command));
        assertEquals("The plan is " + state + ": " + guard, e.problem().detail);
    }

    @Test
    void theRightStateButTheWrongRoleIsForbiddenNamingEveryRoleAllowedFromThere() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> TABLE.apply(Command.APPROVE, State.SUBMITTED, Set.of(Roles.MISSION)));
        assertEquals(403, e.problem().status);
        assertEquals("In state SUBMITTED only the caseworker or finance may approve this plan", e.problem().detail);
    }

    @Test
    void noRoleAtAllIsForbidden() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> TABLE.apply(Command.SUBMIT, State.DRAFT, Set.of()));
        assertEquals(403, e.problem().status);
    }

    /** The table decides; the words are each service's own, and refusals keep them. */
    @Test
    void aTableNamesCommandsScopeAndRolesInItsOwnWords() {
        TransitionTable<State, Command> worded = TABLE.commandsNamed(c -> c.name().toLowerCase().replace('_', '-'))
                .scope("on the SE route").rolesNamed(TransitionTable.BARE_ROLES);
        assertEquals("send-back is allowed only from SUBMITTED", worded.guard(Command.SEND_BACK));
        assertEquals("no archive on the SE route", worded.guard(Command.ARCHIVE));
        ProblemException e = assertThrows(ProblemException.class,
                () -> worded.apply(Command.SEND_BACK, State.SUBMITTED, Set.of(Roles.MISSION)));
        assertEquals("In state SUBMITTED only caseworker or system may send-back this plan", e.problem().detail);
        assertEquals(TABLE.rows(), worded.rows());
    }

    @Test
    void aTransitionTakenFromAnotherStateIsAFault() {
        TransitionTable.Transition<State, Command> t = TABLE.apply(Command.SUBMIT, State.DRAFT, Set.of(Roles.MISSION));
        assertThrows(IllegalStateException.class, () -> t.takenFrom(State.RETURNED));
    }

    @Test
    void aRowNobodyMayTakeIsRefusedWhenTheTableIsWritten() {
        assertThrows(IllegalArgumentException.class, () -> row(Command.ARCHIVE, State.APPROVED, State.APPROVED));
    }

    @Test
    void rolesKeepTheirOrder() {
        assertEquals(List.of(Roles.CASEWORKER, TransitionTable.SYSTEM),
                List.copyOf(TABLE.rows().get(4).roles()));
    }
}
