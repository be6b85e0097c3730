package dev.avrr.grant.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.avrr.grant.disbursement.DisbursementTransitions.Command;
import dev.avrr.testing.statemachine.TransitionTableCases;

/** The disbursement's state machine as a table: every allowed transition; every other is a 409. */
class DisbursementTransitionsTest {

    @ParameterizedTest(name = "{0} from {1} by {3} → {2}")
    @CsvSource({
            "APPROVE, REQUESTED, APPROVED,  finance",
            "REJECT,  REQUESTED, REJECTED,  finance",
            "CANCEL,  REQUESTED, CANCELLED, mission",
            "CANCEL,  APPROVED,  CANCELLED, mission",
            "PAY,     APPROVED,  PAID,      mission",
            "PAY,     APPROVED,  PAID,      finance",
            "REVERSE, PAID,      REVERSED,  finance",
    })
    void allowed(Command command, DisbursementStatus from, DisbursementStatus to, String role) {
        TransitionTableCases.assertAllowed(DisbursementTransitions.MACHINE, command, from, role, to);
    }

    /** The rows of {@link #allowed}: a transition or role added to the table without a row there fails. */
    @Test
    void theTableHasNoOtherTransition() {
        assertEquals(7, TransitionTableCases.rolePairs(DisbursementTransitions.MACHINE));
    }

    static List<Arguments> forbidden() {
        return TransitionTableCases.forbidden(DisbursementTransitions.MACHINE, Command.values(), DisbursementStatus.values());
    }

    @ParameterizedTest(name = "{0} from {1} is a 409 naming {1}")
    @MethodSource("forbidden")
    void forbiddenIsAConflictNamingTheState(Command command, DisbursementStatus state) {
        TransitionTableCases.assertConflict(DisbursementTransitions.MACHINE, command, state);
    }

    @ParameterizedTest(name = "{0} from {1} by {2} is a 403")
    @CsvSource({
            "APPROVE, REQUESTED, mission",
            "REJECT,  REQUESTED, mission",
            "CANCEL,  REQUESTED, finance",
            "REVERSE, PAID,      mission",
            "PAY,     APPROVED,  caseworker",
    })
    void theRightStateButTheWrongRoleIsForbidden(Command command, DisbursementStatus from, String role) {
        TransitionTableCases.assertForbiddenRole(DisbursementTransitions.MACHINE, command, from, role);
    }
}
