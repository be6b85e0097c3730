package dev.avrr.cases.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseStatus;
import dev.avrr.cases.casefile.CaseStep;
import dev.avrr.cases.casefile.Command;
import dev.avrr.cases.casefile.Jurisdiction;
import dev.avrr.platform.problem.ProblemException;
import dev.avrr.testing.statemachine.TransitionTableCases;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.Programme;

/** The case state machine as a table: every allowed transition, and every forbidden one is a 409 naming the state. */
class CaseTransitionsTest {

    static AvrrCase inState(Jurisdiction route, CaseStatus status) {
        AvrrCase c = new AvrrCase();
        c.jurisdiction = route;
        c.programme = route == Jurisdiction.SE ? Programme.SWEDISH_AVRR : Programme.VULNERABLE_GROUPS;
        try {
            Field f = AvrrCase.class.getDeclaredField("status");
            f.setAccessible(true);
            f.set(c, status);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    @ParameterizedTest(name = "{0}: {1} from {2} by {4} → {3}")
    @CsvSource({
            "NO, ASSESS_ELIGIBILITY,  REGISTERED,           ELIGIBILITY_ASSESSED, caseworker",
            "NO, ASSESS_ELIGIBILITY,  ELIGIBILITY_ASSESSED, ELIGIBILITY_ASSESSED, caseworker",
            "SE, ASSESS_ELIGIBILITY,  REGISTERED,           ELIGIBILITY_ASSESSED, caseworker",
            "SE, ASSESS_ELIGIBILITY,  ELIGIBILITY_ASSESSED, ELIGIBILITY_ASSESSED, caseworker",
            "NO, CHANGE_PROGRAMME,    REGISTERED,           REGISTERED,           caseworker",
            "NO, CHANGE_PROGRAMME,    ELIGIBILITY_ASSESSED, ELIGIBILITY_ASSESSED, caseworker",
            "NO, SUBMIT_TO_UDI,       ELIGIBILITY_ASSESSED, SUBMITTED_TO_UDI,     caseworker",
            "NO, RECORD_UDI_APPROVAL, SUBMITTED_TO_UDI,     UDI_APPROVED,         udi",
            "NO, RECORD_UDI_REJECTION, SUBMITTED_TO_UDI,    UDI_REJECTED,         udi",
            "NO, RECORD_UNE_APPEAL,   UDI_REJECTED,         APPEALED_TO_UNE,      udi",
            "NO, RECORD_UNE_OVERTURN, APPEALED_TO_UNE,      UDI_APPROVED,         udi",
            "NO, RECORD_UNE_UPHELD,   APPEALED_TO_UNE,      REJECTION_UPHELD,     udi",
            "NO, SCHEDULE_TRAVEL,     UDI_APPROVED,         TRAVEL_PREPARATION,   caseworker",
            "NO, SCHEDULE_TRAVEL,     TRAVEL_PREPARATION,   TRAVEL_PREPARATION,   caseworker",
            "SE, SCHEDULE_TRAVEL,     ELIGIBILITY_ASSESSED, TRAVEL_PREPARATION,   caseworker",
            "SE, SCHEDULE_TRAVEL,     TRAVEL_PREPARATION,   TRAVEL_PREPARATION,   caseworker",
            "NO, CONFIRM_DEPARTURE,   TRAVEL_PREPARATION,   DEPARTED,             caseworker",
            "SE, CONFIRM_DEPARTURE,   TRAVEL_PREPARATION,   DEPARTED,             caseworker",
            "NO, CONFIRM_ARRIVAL,     DEPARTED,             ARRIVED,              caseworker",
            "NO, CONFIRM_ARRIVAL,     DEPARTED,             ARRIVED,              mission",
            "SE, CONFIRM_ARRIVAL,     DEPARTED,             ARRIVED,              caseworker",
            "SE, CONFIRM_ARRIVAL,     DEPARTED,             ARRIVED,              mission",
            "NO, CLOSE,               ARRIVED,              CLOSED,               caseworker",
            "SE, CLOSE,               ARRIVED,              CLOSED,               caseworker",
            "NO, CLOSE,               UDI_REJECTED,         CLOSED,               caseworker",
            "NO, CLOSE,               REJECTION_UPHELD,     CLOSED,               caseworker",
            "NO, WITHDRAW,            REGISTERED,           WITHDRAWN,            caseworker",
            "NO, WITHDRAW,            ELIGIBILITY_ASSESSED, WITHDRAWN,            caseworker",
            "NO, WITHDRAW,            SUBMITTED_TO_UDI,     WITHDRAWN,            caseworker",
            "NO, WITHDRAW,            UDI_APPROVED,         WITHDRAWN,            caseworker",
            "NO, WITHDRAW,            UDI_REJECTED,         WITHDRAWN,            caseworker",
            "NO, WITHDRAW,            APPEALED_TO_UNE,      WITHDRAWN,            caseworker",
            "NO, WITHDRAW,            REJECTION_UPHELD,     WITHDRAWN,            caseworker",
            "NO, WITHDRAW,            TRAVEL_PREPARATION,   WITHDRAWN,            caseworker",
            "NO, WITHDRAW,            DEPARTED,             WITHDRAWN,            caseworker",
            "SE, WITHDRAW,            REGISTERED,           WITHDRAWN,            caseworker",
            "SE, WITHDRAW,            ELIGIBILITY_ASSESSED, WITHDRAWN,            caseworker",
            "SE, WITHDRAW,            TRAVEL_PREPARATION,   WITHDRAWN,            caseworker",
            "SE, WITHDRAW,            DEPARTED,             WITHDRAWN,            caseworker",
            "NO, ABSCOND,             REGISTERED,           ABSCONDED,            caseworker",
            "NO, ABSCOND,             ELIGIBILITY_ASSESSED, ABSCONDED,            caseworker",
            "NO, ABSCOND,             SUBMITTED_TO_UDI,     ABSCONDED,            caseworker",
            "NO, ABSCOND,             UDI_APPROVED,         ABSCONDED,            caseworker",
            "NO, ABSCOND,             UDI_REJECTED,         ABSCONDED,            caseworker",
            "NO, ABSCOND,             APPEALED_TO_UNE,      ABSCONDED,            caseworker",
            "NO, ABSCOND,             REJECTION_UPHELD,     ABSCONDED,            caseworker",
            "NO, ABSCOND,             TRAVEL_PREPARATION,   ABSCONDED,            caseworker",
            "NO, ABSCOND,             DEPARTED,             ABSCONDED,            caseworker",
            "SE, ABSCOND,             REGISTERED,           ABSCONDED,            caseworker",
            "SE, ABSCOND,             ELIGIBILITY_ASSESSED, ABSCONDED,            caseworker",
            "SE, ABSCOND,             TRAVEL_PREPARATION,   ABSCONDED,            caseworker",
            "SE, ABSCOND,             DEPARTED,             ABSCONDED,            caseworker",
    })
    void allowed(Jurisdiction route, Command command, CaseStatus from, CaseStatus to, String role) {
        assertEquals(to, CaseTransitions.find(command, inState(route, from), Set.of(role)).to());
    }

    /** The 52 rows of {@link #allowed}: a transition or role added to the table without a row here fails. */
    @Test
    void theTableHasNoOtherTransition() {
        assertEquals(52, TransitionTableCases.rolePairs(CaseTransitions.tableOn(Jurisdiction.NO),
                CaseTransitions.tableOn(Jurisdiction.SE)));
    }

    /** Only the states a case can be in on its route: Sweden has no UDI step to refuse from. */
    static List<Arguments> forbidden() {
        return TransitionTableCases.onEachRoute(Jurisdiction.values(), route -> TransitionTableCases.forbidden(
                CaseTransitions.tableOn(route), List.of(Command.values()), CaseTransitions.STATES.get(route)));
    }

    /** Through {@link CaseTransitions#find}: its guard may be a missing prerequisite, not the table's states. */
    @ParameterizedTest(name = "{0}: {1} from {2} is a 409 naming {2}")
    @MethodSource("forbidden")
    void forbiddenIsAConflictNamingTheState(Jurisdiction route, Command command, CaseStatus state) {
        TransitionTableCases.assertConflict(state,
                () -> CaseTransitions.find(command, inState(route, state), TransitionTableCases.EVERY_ROLE));
    }

    @ParameterizedTest(name = "{0}: {1} from {2} names the missing prerequisite {3}")
    @CsvSource({
            "NO, SCHEDULE_TRAVEL,   SUBMITTED_TO_UDI,     udi-approval-missing",
            "NO, SCHEDULE_TRAVEL,   UDI_REJECTED,         udi-approval-missing",
            "NO, SCHEDULE_TRAVEL,   APPEALED_TO_UNE,      udi-approval-missing",
            "NO, CONFIRM_DEPARTURE, ELIGIBILITY_ASSESSED, udi-approval-missing",
            "NO, SUBMIT_TO_UDI,     REGISTERED,           eligibility-not-assessed",
            "SE, SCHEDULE_TRAVEL,   REGISTERED,           eligibility-not-assessed",
            "SE, SUBMIT_TO_UDI,     ELIGIBILITY_ASSESSED, no submit-to-udi on the SE route",
            "NO, SCHEDULE_TRAVEL,   WITHDRAWN,            schedule-travel is allowed only from UDI_APPROVED or TRAVEL_PREPARATION",
    })
    void aRefusalNamesWhatIsMissing(Jurisdiction route, Command command, CaseStatus state, String guard) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> CaseTransitions.find(command, inState(route, state), Roles.ALL));
        assertEquals(guard, e.problem().extensions().get("guard"));
    }

    @ParameterizedTest(name = "{0}: {1} from {2} by {3} is a 403")
    @CsvSource({
            "NO, RECORD_UDI_APPROVAL, SUBMITTED_TO_UDI,   caseworker",
            "NO, SUBMIT_TO_UDI,       ELIGIBILITY_ASSESSED, udi",
            "NO, CONFIRM_DEPARTURE,   TRAVEL_PREPARATION, mission",
            "SE, CLOSE,               ARRIVED,            mission",
            "NO, WITHDRAW,            REGISTERED,         partner",
    })
    void theRightStateButTheWrongRoleIsForbidden(Jurisdiction route, Command command, CaseStatus from, String role) {
        TransitionTableCases.assertForbiddenRole(CaseTransitions.tableOn(route), command, from,
                () -> CaseTransitions.find(command, inState(route, from), Set.of(role)));
    }

    @Test
    void everyGuardThatRefusesIsListedAndTheFirstNamed() {
        AvrrCase c = inState(Jurisdiction.NO, CaseStatus.ELIGIBILITY_ASSESSED);
        c.applicantDateOfBirth = LocalDate.of(1990, 1, 1);
        CaseTransitions.Transition t = CaseTransitions.find(Command.SUBMIT_TO_UDI, c, Set.of(Roles.CASEWORKER));
        ProblemException e = assertThrows(ProblemException.class,
                () -> CaseTransitions.checkGuards(t, c, LocalDate.now()));
        assertEquals(409, e.problem().status);
        assertEquals("eligibility-not-assessed", e.problem().extensions().get("guard"));
        // A bare case holds no consent: none is created by the system, so the return consent is missing too.
        assertEquals(List.of("eligibility-not-assessed", "application-not-signed", "udi-consent-missing",
                "return-consent-missing"), e.problem().extensions().get("failedGuards"));
    }

    @ParameterizedTest(name = "{0} on the {1} route is labelled {2}")
    @CsvSource({
            "REGISTERED,         SE, Stöd",
            "APPLICATION_SIGNED, SE, Välgrundat beslut",
            "NEEDS_INVENTORIED,  SE, Behovsinventering",
            "PLAN_DRAFTED,       SE, Återintegrationsplan",
            "RISK_ASSESSED,      SE, Riskhantering",
            "TRAVEL_SCHEDULED,   SE, Förberedelser inför och under hemresan",
            "REGISTERED,         NO, Case registered",
            "SUBMITTED_TO_UDI,   NO, Submitted to UDI",
            "NEEDS_INVENTORIED,  NO, Needs inventory recorded",
    })
    void stepLabels(CaseStep step, Jurisdiction route, String label) {
        assertEquals(label, step.label(route));
    }
}
