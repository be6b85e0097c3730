package dev.avrr.referral.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.avrr.platform.problem.ProblemException;
import dev.avrr.referral.intake.ReferralTransitions.Command;
import dev.avrr.testing.statemachine.TransitionTableCases;
import dev.avrr.vocabulary.Roles;

/** The referral state machine as a table: every allowed transition, and every forbidden one is a 409. */
class ReferralTransitionsTest {

    @ParameterizedTest(name = "{0}: {1} from {2} by {4} → {3}")
    @CsvSource({
            "NO, UPDATE,   DRAFT,                   DRAFT,                   partner",
            "SE, UPDATE,   DRAFT,                   DRAFT,                   partner",
            "NO, SUBMIT,   DRAFT,                   SUBMITTED,               partner",
            "SE, SUBMIT,   DRAFT,                   AWAITING_COORDINATOR,    partner",
            "SE, SUBMIT,   DRAFT,                   AWAITING_COORDINATOR,    coordinator",
            "SE, APPROVE,  AWAITING_COORDINATOR,    APPROVED_BY_COORDINATOR, coordinator",
            "NO, ACCEPT,   SUBMITTED,               ACCEPTED,                caseworker",
            "SE, ACCEPT,   APPROVED_BY_COORDINATOR, ACCEPTED,                caseworker",
            "NO, DECLINE,  SUBMITTED,               DECLINED,                caseworker",
            "SE, DECLINE,  AWAITING_COORDINATOR,    DECLINED,                coordinator",
            "SE, DECLINE,  APPROVED_BY_COORDINATOR, DECLINED,                caseworker",
            "NO, WITHDRAW, DRAFT,                   WITHDRAWN,               partner",
            "SE, WITHDRAW, DRAFT,                   WITHDRAWN,               partner",
            "NO, WITHDRAW, SUBMITTED,               WITHDRAWN,               partner",
            "SE, WITHDRAW, AWAITING_COORDINATOR,    WITHDRAWN,               partner",
            "SE, WITHDRAW, APPROVED_BY_COORDINATOR, WITHDRAWN,               partner",
            "SE, RECORD_APPLICATION, ACCEPTED,      ACCEPTED,                caseworker",
            "SE, RECORD_APPLICATION, ACCEPTED,      ACCEPTED,                coordinator",
            "SE, RECORD_APPLICATION, ACCEPTED,      ACCEPTED,                partner",
    })
    void allowed(Jurisdiction route, Command command, ReferralStatus from, ReferralStatus to, String role) {
        assertEquals(to, ReferralTransitions.apply(route, command, from, Set.of(role)).to());
    }

    /** The 19 rows of {@link #allowed}: a transition or role added to the table without a row here fails. */
    @Test
    void theTableHasNoOtherTransition() {
        assertEquals(19, TransitionTableCases.rolePairs(ReferralTransitions.tableOn(Jurisdiction.NO),
                ReferralTransitions.tableOn(Jurisdiction.SE)));
    }

    static List<Arguments> forbidden() {
        return TransitionTableCases.onEachRoute(Jurisdiction.values(), route -> TransitionTableCases
                .forbidden(ReferralTransitions.tableOn(route), Command.values(), ReferralStatus.values()));
    }

    @ParameterizedTest(name = "{0}: {1} from {2} is a 409 naming {2}")
    @MethodSource("forbidden")
    void forbiddenIsAConflictNamingTheState(Jurisdiction route, Command command, ReferralStatus state) {
        TransitionTableCases.assertConflict(ReferralTransitions.tableOn(route), command, state,
                () -> ReferralTransitions.apply(route, command, state, TransitionTableCases.EVERY_ROLE));
    }

    @ParameterizedTest(name = "{0}: {1} from {2} by {3} is a 403")
    @CsvSource({
            "NO, ACCEPT,  SUBMITTED,               partner",
            "SE, APPROVE, AWAITING_COORDINATOR,    caseworker",
            "SE, DECLINE, AWAITING_COORDINATOR,    caseworker",
            "SE, DECLINE, APPROVED_BY_COORDINATOR, coordinator",
            "NO, SUBMIT,  DRAFT,                   caseworker",
            "NO, SUBMIT,  DRAFT,                   coordinator",
            "SE, RECORD_APPLICATION, ACCEPTED,     udi",
    })
    void theRightStateButTheWrongRoleIsForbidden(Jurisdiction route, Command command, ReferralStatus from,
            String role) {
        TransitionTableCases.assertForbiddenRole(ReferralTransitions.tableOn(route), command, from,
                () -> ReferralTransitions.apply(route, command, from, Set.of(role)));
    }

    @Test
    void aRefusalForTheWrongRoleNamesEveryRoleThatMay() {
        ProblemException e = assertThrows(ProblemException.class, () -> ReferralTransitions.apply(Jurisdiction.SE,
                Command.SUBMIT, ReferralStatus.DRAFT, Set.of(Roles.CASEWORKER)));
        assertEquals("In state DRAFT only the partner or the coordinator may submit this referral", e.getMessage());
    }

    @ParameterizedTest(name = "{0} on the {1} route is labelled {2}")
    @CsvSource({
            "REGISTERED,              SE, Nytt ärende",
            "SUBMITTED,               SE, Hänvisning",
            "APPROVED_BY_COORDINATOR, SE, Meddelande",
            "ACCEPTED,                SE, Stöd",
            "APPLICATION_SIGNED,      SE, Välgrundat beslut",
            "REGISTERED,              NO, Referral registered",
            "SUBMITTED,               NO, Submitted to IOM Oslo",
            "ACCEPTED,                NO, Accepted by IOM Oslo",
    })
    void stepLabels(ReferralStep step, Jurisdiction route, String label) {
        assertEquals(label, step.label(route));
    }
}
