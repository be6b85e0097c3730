package dev.avrr.monitoring.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.avrr.monitoring.alerts.AlertTransitions.Command;
import dev.avrr.testing.statemachine.TransitionTableCases;

/** A protection alert as a table: open → acknowledged → resolved, by the sending office's caseworker only. */
class AlertTransitionsTest {

    @ParameterizedTest(name = "{0} from {1} by {3} → {2}")
    @CsvSource({
            "ACKNOWLEDGE, OPEN,         ACKNOWLEDGED, caseworker",
            "RESOLVE,     ACKNOWLEDGED, RESOLVED,     caseworker",
    })
    void allowed(Command command, AlertStatus from, AlertStatus to, String role) {
        TransitionTableCases.assertAllowed(AlertTransitions.TABLE, command, from, role, to);
    }

    @Test
    void theTableHasNoOtherTransition() {
        assertEquals(2, TransitionTableCases.rolePairs(AlertTransitions.TABLE));
    }

    static List<Arguments> forbidden() {
        return TransitionTableCases.forbidden(AlertTransitions.TABLE, Command.values(), AlertStatus.values());
    }

    @ParameterizedTest(name = "{0} from {1} is a 409 naming {1}")
    @MethodSource("forbidden")
    void forbiddenIsAConflictNamingTheState(Command command, AlertStatus state) {
        TransitionTableCases.assertConflict(AlertTransitions.TABLE, command, state);
    }

    @ParameterizedTest(name = "{0} from {1} by {2} is a 403")
    @CsvSource({
            "ACKNOWLEDGE, OPEN,         mission",
            "RESOLVE,     ACKNOWLEDGED, mission",
    })
    void theRightStateButTheWrongRoleIsForbidden(Command command, AlertStatus from, String role) {
        TransitionTableCases.assertForbiddenRole(AlertTransitions.TABLE, command, from, role);
    }
}
