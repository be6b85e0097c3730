package dev.avrr.monitoring.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.avrr.monitoring.plans.ItemTransitions.Command;
import dev.avrr.testing.statemachine.TransitionTableCases;

/** A plan item as a table: every allowed transition; every forbidden one is a 409 naming the state. */
class ItemTransitionsTest {

    @ParameterizedTest(name = "{0} from {1} by {3} → {2}")
    @CsvSource({
            "FLAG_OVERDUE, DUE,     OVERDUE,   system",
            "FULFIL,       DUE,     FULFILLED, mission",
            "FULFIL,       OVERDUE, FULFILLED, mission",
            "MISS,         OVERDUE, MISSED,    mission",
            "CANCEL,       DUE,     CANCELLED, system",
            "CANCEL,       OVERDUE, CANCELLED, system",
    })
    void allowed(Command command, ItemStatus from, ItemStatus to, String role) {
        TransitionTableCases.assertAllowed(ItemTransitions.TABLE, command, from, role, to);
    }

    @Test
    void theTableHasNoOtherTransition() {
        assertEquals(6, TransitionTableCases.rolePairs(ItemTransitions.TABLE));
    }

    static List<Arguments> forbidden() {
        return TransitionTableCases.forbidden(ItemTransitions.TABLE, Command.values(), ItemStatus.values());
    }

    @ParameterizedTest(name = "{0} from {1} is a 409 naming {1}")
    @MethodSource("forbidden")
    void forbiddenIsAConflictNamingTheState(Command command, ItemStatus state) {
        TransitionTableCases.assertConflict(ItemTransitions.TABLE, command, state);
    }

    @ParameterizedTest(name = "{0} from {1} by {2} is a 403")
    @CsvSource({
            "FLAG_OVERDUE, DUE,     mission",
            "FULFIL,       DUE,     caseworker",
            "MISS,         OVERDUE, caseworker",
            "CANCEL,       DUE,     mission",
    })
    void theRightStateButTheWrongRoleIsForbidden(Command command, ItemStatus from, String role) {
        TransitionTableCases.assertForbiddenRole(ItemTransitions.TABLE, command, from, role);
    }
}
