package dev.avrr.monitoring.returnees;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.avrr.monitoring.returnees.MonitoringTransitions.Command;
import dev.avrr.testing.statemachine.TransitionTableCases;

/** A returnee's monitoring as a table: every allowed transition; every forbidden one is a 409 naming the state. */
class MonitoringTransitionsTest {

    @ParameterizedTest(name = "{0} from {1} by {3} → {2}")
    @CsvSource({
            "START,            AWAITING_RETURN, ACTIVE,          system",
            "RECORD_CONTACT,   ACTIVE,          ACTIVE,          mission",
            "CLOSE_ITEM,       ACTIVE,          ACTIVE,          mission",
            "COMPLETE,         ACTIVE,          COMPLETED,       system",
            "REOPEN_FOR_PROTECTION, COMPLETED,  ACTIVE,          system",
            "WITHDRAW_CONSENT, ACTIVE,          ENDED_EARLY,     mission",
            "WITHDRAW_CONSENT, ACTIVE,          ENDED_EARLY,     caseworker",
            "RECORD_BASELINE,  AWAITING_RETURN, AWAITING_RETURN, mission",
            "RECORD_BASELINE,  AWAITING_RETURN, AWAITING_RETURN, caseworker",
            "RECORD_BASELINE,  ACTIVE,          ACTIVE,          mission",
            "RECORD_BASELINE,  ACTIVE,          ACTIVE,          caseworker",
            "RECORD_FOLLOW_UP, ACTIVE,          ACTIVE,          mission",
            "RECORD_FOLLOW_UP, COMPLETED,       COMPLETED,       mission",
            "RECORD_FEEDBACK,  ACTIVE,          ACTIVE,          mission",
            "RECORD_FEEDBACK,  COMPLETED,       COMPLETED,       mission",
            "RECORD_FEEDBACK,  ENDED_EARLY,     ENDED_EARLY,     mission",
    })
    void allowed(Command command, MonitoringStatus from, MonitoringStatus to, String role) {
        TransitionTableCases.assertAllowed(MonitoringTransitions.TABLE, command, from, role, to);
    }

    /** The 16 rows of {@link #allowed}: a transition or role added to the table without a row here fails. */
    @Test
    void theTableHasNoOtherTransition() {
        assertEquals(16, TransitionTableCases.rolePairs(MonitoringTransitions.TABLE));
    }

    static List<Arguments> forbidden() {
        return TransitionTableCases.forbidden(MonitoringTransitions.TABLE, Command.values(), MonitoringStatus.values());
    }

    @ParameterizedTest(name = "{0} from {1} is a 409 naming {1}")
    @MethodSource("forbidden")
    void forbiddenIsAConflictNamingTheState(Command command, MonitoringStatus state) {
        TransitionTableCases.assertConflict(MonitoringTransitions.TABLE, command, state);
    }

    @ParameterizedTest(name = "{0} from {1} by {2} is a 403")
    @CsvSource({
            "START,            AWAITING_RETURN, mission",
            "RECORD_CONTACT,   ACTIVE,          caseworker",
            "CLOSE_ITEM,       ACTIVE,          caseworker",
            "COMPLETE,         ACTIVE,          mission",
            "WITHDRAW_CONSENT, ACTIVE,          partner",
            "RECORD_FOLLOW_UP, ACTIVE,          caseworker",
            "RECORD_FEEDBACK,  ACTIVE,          caseworker",
    })
    void theRightStateButTheWrongRoleIsForbidden(Command command, MonitoringStatus from, String role) {
        TransitionTableCases.assertForbiddenRole(MonitoringTransitions.TABLE, command, from, role);
    }
}
