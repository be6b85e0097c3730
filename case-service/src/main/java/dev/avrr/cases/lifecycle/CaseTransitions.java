package dev.avrr.cases.lifecycle;

import static dev.avrr.cases.casefile.CaseStatus.ABSCONDED;
import static dev.avrr.cases.casefile.CaseStatus.APPEALED_TO_UNE;
import static dev.avrr.cases.casefile.CaseStatus.ARRIVED;
import static dev.avrr.cases.casefile.CaseStatus.CLOSED;
import static dev.avrr.cases.casefile.CaseStatus.DEPARTED;
import static dev.avrr.cases.casefile.CaseStatus.ELIGIBILITY_ASSESSED;
import static dev.avrr.cases.casefile.CaseStatus.REGISTERED;
import static dev.avrr.cases.casefile.CaseStatus.REJECTION_UPHELD;
import static dev.avrr.cases.casefile.CaseStatus.SUBMITTED_TO_UDI;
import static dev.avrr.cases.casefile.CaseStatus.TRAVEL_PREPARATION;
import static dev.avrr.cases.casefile.CaseStatus.UDI_APPROVED;
import static dev.avrr.cases.casefile.CaseStatus.UDI_REJECTED;
import static dev.avrr.cases.casefile.CaseStatus.WITHDRAWN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseStatus;
import dev.avrr.cases.casefile.HouseholdAgesKnownGuard;
import dev.avrr.cases.casefile.Jurisdiction;
import dev.avrr.cases.consent.SharingConsentGuard;
import dev.avrr.cases.consent.SignedApplicationGuard;
import dev.avrr.cases.eligibility.EligibilityAssessedGuard;
import dev.avrr.cases.travel.TravelGates;
import dev.avrr.cases.travel.TravelScheduledGuard;
import dev.avrr.cases.travel.UdiApprovalGate;
import dev.avrr.cases.udi.EligibleForProgrammeGuard;
import dev.avrr.cases.udi.UdiConsentGuard;
import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.ProblemType;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Roles;

/**
 * The one table of allowed case transitions, per route, with the role that may take each and its guards; every
 * status change goes through {@link #find} and {@link #checkGuards}. A command from a state the table does not
 * allow is a 409 naming the state and the guard: the first prerequisite the case lacks (for a travel booking
 * before approval, {@code udi-approval-missing}) or else the states the command is allowed from.
 * <p>
 * Norway (seed 000): registered → eligibility assessed → submitted to UDI → approved or rejected; a rejection
 * may be appealed to UNE, which overturns it (approved) or upholds it → travel preparation → departed → arrived
 * → closed. Sweden (seed 002): the coordinator's approval stands where UDI's decision stands, so a case goes
 * from eligibility assessed straight to travel preparation once the signed application (Välgrundat beslut) is
 * recorded. On both routes a case that has not arrived may be withdrawn or end as absconded.
 */
public final class CaseTransitions {

    /** One allowed transition: on this route, this command from this state, by one of these roles, to that state. */
    public record Transition(Jurisdiction route, Command command, CaseStatus from, CaseStatus to, Set<String> roles,
            List<Guard> guards, List<Guard> prerequisites) {
    }

    private static final Set<String> CASEWORKER = Set.of(Roles.CASEWORKER);
    private static final Set<String> UDI = Set.of(Roles.UDI);
    private static final Set<String> ARRIVAL = Set.of(Roles.CASEWORKER, Roles.MISSION);
    private static final List<Guard> NONE = List.of();

    private static final List<Guard> UDI_SUBMISSION = List.of(new EligibleForProgrammeGuard(),
            new SignedApplicationGuard(), new UdiConsentGuard(), new SharingConsentGuard(),
            new HouseholdAgesKnownGuard());
    private static final List<Guard> SWEDISH_TRAVEL = concat(List.of(new SignedApplicationGuard()), TravelGates.ALL);

    /** The states a case can be in on each route: Sweden has no UDI step. */
    public static final Map<Jurisdiction, Set<CaseStatus>> STATES = Map.of(
            Jurisdiction.NO, EnumSet.allOf(CaseStatus.class),
            Jurisdiction.SE, EnumSet.of(REGISTERED, ELIGIBILITY_ASSESSED, TRAVEL_PREPARATION, DEPARTED, ARRIVED, CLOSED,
                    WITHDRAWN, CaseStatus.ABSCONDED));

    public static final List<Transition> TABLE = build();

    private CaseTransitions() {
    }

    private static List<Transition> build() {
        List<Transition> t = new ArrayList<>();
        Jurisdiction no = Jurisdiction.NO;
        Jurisdiction se = Jurisdiction.SE;
        for (Jurisdiction route : Jurisdiction.values()) {
            add(t, route, Command.ASSESS_ELIGIBILITY, List.of(REGISTERED, ELIGIBILITY_ASSESSED), ELIGIBILITY_ASSESSED,
                    CASEWORKER, NONE, NONE);
        }
        add(t, no, Command.CHANGE_PROGRAMME, List.of(REGISTERED), REGISTERED, CASEWORKER, NONE, NONE);
        add(t, no, Command.CHANGE_PROGRAMME, List.of(ELIGIBILITY_ASSESSED), ELIGIBILITY_ASSESSED, CASEWORKER, NONE, NONE);
        add(t, no, Command.SUBMIT_TO_UDI, List.of(ELIGIBILITY_ASSESSED), SUBMITTED_TO_UDI, CASEWORKER, UDI_SUBMISSION,
                List.of(new EligibilityAssessedGuard()));
        add(t, no, Command.RECORD_UDI_APPROVAL, List.of(SUBMITTED_TO_UDI), UDI_APPROVED, UDI, NONE, NONE);
        add(t, no, Command.RECORD_UDI_REJECTION, List.of(SUBMITTED_TO_UDI), UDI_REJECTED, UDI, NONE, NONE);
        add(t, no, Command.RECORD_UNE_APPEAL, List.of(UDI_REJECTED), APPEALED_TO_UNE, UDI, NONE, NONE);
        add(t, no, Command.RECORD_UNE_OVERTURN, List.of(APPEALED_TO_UNE), UDI_APPROVED, UDI, NONE, NONE);
        add(t, no, Command.RECORD_UNE_UPHELD, List.of(APPEALED_TO_UNE), REJECTION_UPHELD, UDI, NONE, NONE);
        add(t, no, Command.SCHEDULE_TRAVEL, List.of(UDI_APPROVED, TRAVEL_PREPARATION), TRAVEL_PREPARATION, CASEWORKER,
                TravelGates.ALL, List.of(new UdiApprovalGate()));
        add(t, se, Command.SCHEDULE_TRAVEL, List.of(ELIGIBILITY_ASSESSED, TRAVEL_PREPARATION), TRAVEL_PREPARATION,
                CASEWORKER, SWEDISH_TRAVEL, List.of(new EligibilityAssessedGuard()));
        add(t, no, Command.CONFIRM_DEPARTURE, List.of(TRAVEL_PREPARATION), DEPARTED, CASEWORKER, TravelGates.ALL,
                List.of(new UdiApprovalGate(), new TravelScheduledGuard()));
        add(t, se, Command.CONFIRM_DEPARTURE, List.of(TRAVEL_PREPARATION), DEPARTED, CASEWORKER, SWEDISH_TRAVEL,
                List.of(new EligibilityAssessedGuard(), new TravelScheduledGuard()));
        for (Jurisdiction route : Jurisdiction.values()) {
            add(t, route, Command.CONFIRM_ARRIVAL, List.of(DEPARTED), ARRIVED, ARRIVAL, NONE, NONE);
            add(t, route, Command.CLOSE, List.of(ARRIVED), CLOSED, CASEWORKER, NONE, NONE);
            List<CaseStatus> beforeArrival = STATES.get(route).stream().filter(CaseStatus::isBeforeArrival).toList();
            add(t, route, Command.WITHDRAW, beforeArrival, WITHDRAWN, CASEWORKER, NONE, NONE);
            add(t, route, Command.ABSCOND, beforeArrival, ABSCONDED, CASEWORKER, NONE, NONE);
        }
        add(t, no, Command.CLOSE, List.of(UDI_REJECTED, REJECTION_UPHELD), CLOSED, CASEWORKER, NONE, NONE);
        return List.copyOf(t);
    }

    /**
     * The transition this command makes from the case's state on its route, for a caller with these roles: 409
     * if the state does not allow it, 403 if it does but not for these roles. Guards are checked separately.
     */
    public static Transition find(Command command, AvrrCase c, Set<String> roles) {
        CaseStatus state = c.status();
        List<Transition> fromHere = TABLE.stream()
                .filter(t -> t.route() == c.jurisdiction && t.command() == command && t.from() == state).toList();
        if (fromHere.isEmpty()) {
            String guard = state.isOpen() ? firstMissingPrerequisite(command, c).orElse(null) : null;
            throw Problems.stateConflict("case", state.name(), guard != null ? guard : allowedFrom(c.jurisdiction, command));
        }
        return fromHere.stream().filter(t -> t.roles().stream().anyMatch(roles::contains)).findFirst()
                .orElseThrow(() -> Problems.forbidden("In state " + state + " only the "
                        + String.join(" or ", fromHere.get(0).roles()) + " may " + command.slug() + " this case"));
    }

    /** 409 naming the first guard that refuses, with every refusing guard listed in {@code failedGuards}. */
    public static void checkGuards(Transition transition, AvrrCase c, LocalDate on) {
        List<String> refusals = transition.guards().stream().map(g -> g.refusal(c, on)).flatMap(Optional::stream)
                .distinct().toList();
        if (!refusals.isEmpty()) {
            String state = c.status().name();
            throw new ProblemException(ProblemType.STATE_CONFLICT, "The case is " + state + ": " + refusals.get(0),
                    Map.of("state", state, "guard", refusals.get(0), "failedGuards", refusals));
        }
    }

    private static Optional<String> firstMissingPrerequisite(Command command, AvrrCase c) {
        return TABLE.stream().filter(t -> t.route() == c.jurisdiction && t.command() == command)
                .flatMap(t -> t.prerequisites().stream()).map(g -> g.refusal(c, null)).flatMap(Optional::stream)
                .findFirst();
    }

    /** The states a command may start from on a route, as the guard a refusal names. */
    static String allowedFrom(Jurisdiction route, Command command) {
        List<String> from = TABLE.stream().filter(t -> t.route() == route && t.command() == command)
                .map(t -> t.from().name()).distinct().toList();
        return from.isEmpty() ? "no " + command.slug() + " on the " + route + " route"
                : command.slug() + " is allowed only from " + String.join(" or ", from);
    }

    private static void add(List<Transition> table, Jurisdiction route, Command command, List<CaseStatus> from,
            CaseStatus to, Set<String> roles, List<Guard> guards, List<Guard> prerequisites) {
        from.forEach(f -> table.add(new Transition(route, command, f, to, roles, guards, prerequisites)));
    }

    private static List<Guard> concat(List<Guard> a, List<Guard> b) {
        List<Guard> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
