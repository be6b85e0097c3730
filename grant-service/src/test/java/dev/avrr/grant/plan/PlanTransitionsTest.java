package dev.avrr.grant.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.avrr.grant.plan.PlanTransitions.Command;
import dev.avrr.testing.statemachine.TransitionTableCases;

/** The reintegration plan's state machine as a table: every allowed transition; every other is a 409. */
class PlanTransitionsTest {

    @ParameterizedTest(name = "{0} from {1} by {3} → {2}")
    @CsvSource({
            "EDIT,    DRAFT,     DRAFT,     mission",
            "EDIT,    RETURNED,  RETURNED,  mission",
            "SUBMIT,  DRAFT,     SUBMITTED, mission",
            "SUBMIT,  RETURNED,  SUBMITTED, mission",
            "APPROVE, SUBMITTED, APPROVED,  caseworker",
            "RETURN,  SUBMITTED, RETURNED,  caseworker",
    })
    void allowed(Command command, PlanStatus from, PlanStatus to, String role) {
        TransitionTableCases.assertAllowed(PlanTransitions.MACHINE, command, from, role, to);
    }

    /** The rows of {@link #allowed}: a transition or role added to the table without a row there fails. */
    @Test
    void theTableHasNoOtherTransition() {
        assertEquals(6, TransitionTableCases.rolePairs(PlanTransitions.MACHINE));
    }

    static List<Arguments> forbidden() {
        return TransitionTableCases.forbidden(PlanTransitions.MACHINE, Command.values(), PlanStatus.values());
    }

    @ParameterizedTest(name = "{0} from {1} is a 409 naming {1}")
    @MethodSource("forbidden")
    void forbiddenIsAConflictNamingTheState(Command command, PlanStatus state) {
        TransitionTableCases.assertConflict(PlanTransitions.MACHINE, command, state);
    }

    @ParameterizedTest(name = "{0} from {1} by {2} is a 403")
    @CsvSource({
            "APPROVE, SUBMITTED, mission",
            "RETURN,  SUBMITTED, mission",
            "SUBMIT,  DRAFT,     caseworker",
            "EDIT,    DRAFT,     caseworker",
    })
    void theRightStateButTheWrongRoleIsForbidden(Command command, PlanStatus from, String role) {
        TransitionTableCases.assertForbiddenRole(PlanTransitions.MACHINE, command, from, role);
    }
}
