package dev.avrr.monitoring.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.avrr.monitoring.feedback.FeedbackTransitions.Command;
import dev.avrr.testing.statemachine.TransitionTableCases;

/** A returnee's feedback as a table: forwarded with consent, kept again when the consent is withdrawn. */
class FeedbackTransitionsTest {

    @ParameterizedTest(name = "{0} from {1} by {3} → {2}")
    @CsvSource({
            "FORWARD,          KEPT,      FORWARDED, mission",
            "WITHDRAW_CONSENT, FORWARDED, KEPT,      mission",
            "WITHDRAW_CONSENT, FORWARDED, KEPT,      caseworker",
    })
    void allowed(Command command, FeedbackStatus from, FeedbackStatus to, String role) {
        TransitionTableCases.assertAllowed(FeedbackTransitions.TABLE, command, from, role, to);
    }

    @Test
    void theTableHasNoOtherTransition() {
        assertEquals(3, TransitionTableCases.rolePairs(FeedbackTransitions.TABLE));
    }

    static List<Arguments> forbidden() {
        return TransitionTableCases.forbidden(FeedbackTransitions.TABLE, Command.values(), FeedbackStatus.values());
    }

    @ParameterizedTest(name = "{0} from {1} is a 409 naming {1}")
    @MethodSource("forbidden")
    void forbiddenIsAConflictNamingTheState(Command command, FeedbackStatus state) {
        TransitionTableCases.assertConflict(FeedbackTransitions.TABLE, command, state);
    }

    @ParameterizedTest(name = "{0} from {1} by {2} is a 403")
    @CsvSource({
            "FORWARD, KEPT, caseworker",
            "WITHDRAW_CONSENT, FORWARDED, partner",
    })
    void theRightStateButTheWrongRoleIsForbidden(Command command, FeedbackStatus from, String role) {
        TransitionTableCases.assertForbiddenRole(FeedbackTransitions.TABLE, command, from, role);
    }
}
