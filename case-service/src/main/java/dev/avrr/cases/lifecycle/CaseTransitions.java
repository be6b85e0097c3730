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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseStatus;
import dev.avrr.cases.casefile.Command;
import dev.avrr.cases.casefile.Guard;
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
import dev.avrr.platform.statemachine.TransitionTable;
import dev.avrr.vocabulary.Roles;

/**
 * The allowed case transitions, one table per route, with the role that may take each and, per route and command,
 * its guards; every status change goes through {@link #find} and {@link #checkGuards}. A command from a state the
 * table does not allow is a 409 naming the state and the guard: the first prerequisite the case lacks (for a travel
 * booking before approval, {@code udi-approval-missing}) or else the states the command is allowed from.
 * <p>
 * Norway (docs/domain.md#the-norwegian-route): registered → eligibility assessed → submitted to UDI → approved or rejected; a rejection
 * may be appealed to UNE, which overturns it (approved) or upholds it → travel preparation → departed → arrived
 * → closed. Sweden (docs/domain.md#the-swedish-route): the coordinator's approval stands where UDI's decision stands, so a case goes
 * from eligibility assessed straight to travel preparation once the signed application (Välgrundat beslut) is
 * recorded. On both routes a case that has not arrived may be withdrawn or end as absconded.
 */
public final class CaseTransitions {

    /**
     * One allowed transition: on this route, a row of that route's table, with the guards it must pass and the
     * prerequisites a refusal from another state names.
     */
    public record Transition(Jurisdiction route, TransitionTable.Transition<CaseStatus, Command> row,
            List<Guard> guards, List<Guard> prerequisites) {

        public Command command() {
            return row.command();
        }

        public CaseStatus from() {
            return row.from();
        }

        public CaseStatus to() {
            return row.to();
        }

        public Set<String> roles() {
            return row.roles();
        }
    }

    /** What a command on a route needs beyond the state: its guards, and what a refusal from elsewhere names. */
    private record Checks(List<Guard> guards, List<Guard> prerequisites) {
    }

    private static final Checks NONE = new Checks(List.of(), List.of());

    private static final List<Guard> UDI_SUBMISSION = List.of(new EligibleForProgrammeGuard(),
            new SignedApplicationGuard(), new UdiConsentGuard(), new SharingConsentGuard(),
            new HouseholdAgesKnownGuard());
    private static final List<Guard> SWEDISH_TRAVEL = concat(List.of(new SignedApplicationGuard()), TravelGates.ALL);

    private static final Map<Jurisdiction, Map<Command, Checks>> CHECKS = Map.of(
            Jurisdiction.NO, Map.of(
                    Command.SUBMIT_TO_UDI, new Checks(UDI_SUBMISSION, List.of(new EligibilityAssessedGuard())),
                    Command.SCHEDULE_TRAVEL, new Checks(TravelGates.ALL, List.of(new UdiApprovalGate())),
                    Command.CONFIRM_DEPARTURE, new Checks(TravelGates.ALL,
                            List.of(new UdiApprovalGate(), new TravelScheduledGuard()))),
            Jurisdiction.SE, Map.of(
                    Command.SCHEDULE_TRAVEL, new Checks(SWEDISH_TRAVEL, List.of(new EligibilityAssessedGuard())),
                    Command.CONFIRM_DEPARTURE, new Checks(SWEDISH_TRAVEL,
                            List.of(new EligibilityAssessedGuard(), new TravelScheduledGuard()))));

    /** The states a case can be in on each route: Sweden has no UDI step. */
    public static final Map<Jurisdiction, Set<CaseStatus>> STATES = Map.of(
            Jurisdiction.NO, EnumSet.allOf(CaseStatus.class),
            Jurisdiction.SE, EnumSet.of(REGISTERED, ELIGIBILITY_ASSESSED, TRAVEL_PREPARATION, DEPARTED, ARRIVED, CLOSED,
                    WITHDRAWN, CaseStatus.ABSCONDED));

    private static final Map<Jurisdiction, TransitionTable<CaseStatus, Command>> TABLES = build();

    /** Every row of both routes' tables. */
    public static final List<Transition> TABLE = Arrays.stream(Jurisdiction.values())
            .flatMap(route -> TABLES.get(route).rows().stream().map(row -> transition(route, row))).toList();

    private CaseTransitions() {
    }

    private static Map<Jurisdiction, TransitionTable<CaseStatus, Command>> build() {
        Map<Jurisdiction, List<TransitionTable.Transition<CaseStatus, Command>>> t = new EnumMap<>(Jurisdiction.class);
        Jurisdiction no = Jurisdiction.NO;
        Jurisdiction se = Jurisdiction.SE;
        for (Jurisdiction route : Jurisdiction.values()) {
            t.put(route, new ArrayList<>());
            add(t, route, Command.ASSESS_ELIGIBILITY, List.of(REGISTERED, ELIGIBILITY_ASSESSED), ELIGIBILITY_ASSESSED,
                    Roles.CASEWORKER);
        }
        add(t, no, Command.CHANGE_PROGRAMME, List.of(REGISTERED), REGISTERED, Roles.CASEWORKER);
        add(t, no, Command.CHANGE_PROGRAMME, List.of(ELIGIBILITY_ASSESSED), ELIGIBILITY_ASSESSED, Roles.CASEWORKER);
        add(t, no, Command.SUBMIT_TO_UDI, List.of(ELIGIBILITY_ASSESSED), SUBMITTED_TO_UDI, Roles.CASEWORKER);
        add(t, no, Command.RECORD_UDI_APPROVAL, List.of(SUBMITTED_TO_UDI), UDI_APPROVED, Roles.UDI);
        add(t, no, Command.RECORD_UDI_REJECTION, List.of(SUBMITTED_TO_UDI), UDI_REJECTED, Roles.UDI);
        add(t, no, Command.RECORD_UNE_APPEAL, List.of(UDI_REJECTED), APPEALED_TO_UNE, Roles.UDI);
        add(t, no, Command.RECORD_UNE_OVERTURN, List.of(APPEALED_TO_UNE), UDI_APPROVED, Roles.UDI);
        add(t, no, Command.RECORD_UNE_UPHELD, List.of(APPEALED_TO_UNE), REJECTION_UPHELD, Roles.UDI);
        add(t, no, Command.SCHEDULE_TRAVEL, List.of(UDI_APPROVED, TRAVEL_PREPARATION), TRAVEL_PREPARATION,
                Roles.CASEWORKER);
        add(t, se, Command.SCHEDULE_TRAVEL, List.of(ELIGIBILITY_ASSESSED, TRAVEL_PREPARATION), TRAVEL_PREPARATION,
                Roles.CASEWORKER);
        for (Jurisdiction route : Jurisdiction.values()) {
            add(t, route, Command.CONFIRM_DEPARTURE, List.of(TRAVEL_PREPARATION), DEPARTED, Roles.CASEWORKER);
            add(t, route, Command.CONFIRM_ARRIVAL, List.of(DEPARTED), ARRIVED, Roles.CASEWORKER, Roles.MISSION);
            add(t, route, Command.CLOSE, List.of(ARRIVED), CLOSED, Roles.CASEWORKER);
            List<CaseStatus> beforeArrival = STATES.get(route).stream().filter(CaseStatus::isBeforeArrival).toList();
            add(t, route, Command.WITHDRAW, beforeArrival, WITHDRAWN, Roles.CASEWORKER);
            add(t, route, Command.ABSCOND, beforeArrival, ABSCONDED, Roles.CASEWORKER);
        }
        add(t, no, Command.CLOSE, List.of(UDI_REJECTED, REJECTION_UPHELD), CLOSED, Roles.CASEWORKER);
        Map<Jurisdiction, TransitionTable<CaseStatus, Command>> tables = new EnumMap<>(Jurisdiction.class);
        t.forEach((route, rows) -> tables.put(route, TransitionTable.of("case", rows).commandsNamed(Command::slug)
                .scope("on the " + route + " route")));
        return Map.copyOf(tables);
    }

    /**
     * The transition this command makes from the case's state on its route, for a caller with these roles: 409
     * if the state does not allow it, 403 if it does but not for these roles. Guards are checked separately.
     */
    public static Transition find(Command command, AvrrCase c, Set<String> roles) {
        TransitionTable<CaseStatus, Command> table = TABLES.get(c.jurisdiction);
        CaseStatus state = c.status();
        if (!table.allows(command, state) && state.isOpen()) {
            // What the case lacks says more than the states the command is allowed from.
            Optional<String> missing = firstMissingPrerequisite(command, c);
            if (missing.isPresent()) {
                throw Problems.stateConflict("case", state.name(), missing.get());
            }
        }
        return transition(c.jurisdiction, table.apply(command, state, roles));
    }

    /**
     * One route's table as a whole, so that its tests walk every state and command of it. It decides between the
     * transition, 409 and 403 only; {@link #find} adds the prerequisites a refusal names.
     */
    public static TransitionTable<CaseStatus, Command> tableOn(Jurisdiction route) {
        return TABLES.get(route);
    }

    /**
     * The travel gates that refuse the case's booking now, when booking travel is a step it may take next on its
     * route; empty otherwise (not yet approved, already departed, or nothing missing).
     */
    public static List<String> travelRefusals(AvrrCase c, LocalDate on) {
        boolean bookingNext = TABLES.get(c.jurisdiction).rows().stream()
                .anyMatch(r -> r.command() == Command.SCHEDULE_TRAVEL && r.from() == c.status());
        if (!bookingNext) {
            return List.of();
        }
        return checks(c.jurisdiction, Command.SCHEDULE_TRAVEL).guards().stream().map(g -> g.refusal(c, on))
                .flatMap(Optional::stream).distinct().toList();
    }

    /** The statuses from which travel is booked next, on one route or the other (the tables' SCHEDULE_TRAVEL rows). */
    public static Set<CaseStatus> bookingFrom() {
        return TABLES.values().stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.command() == Command.SCHEDULE_TRAVEL).map(r -> r.from())
                .collect(Collectors.toUnmodifiableSet());
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
        return checks(c.jurisdiction, command).prerequisites().stream().map(g -> g.refusal(c, null))
                .flatMap(Optional::stream).findFirst();
    }

    private static Transition transition(Jurisdiction route, TransitionTable.Transition<CaseStatus, Command> row) {
        Checks checks = checks(route, row.command());
        return new Transition(route, row, checks.guards(), checks.prerequisites());
    }

    private static Checks checks(Jurisdiction route, Command command) {
        return CHECKS.get(route).getOrDefault(command, NONE);
    }

    private static void add(Map<Jurisdiction, List<TransitionTable.Transition<CaseStatus, Command>>> table,
            Jurisdiction route, Command command, List<CaseStatus> from, CaseStatus to, String... roles) {
        from.forEach(f -> table.get(route).add(TransitionTable.row(command, f, to, roles)));
    }

    private static List<Guard> concat(List<Guard> a, List<Guard> b) {
        List<Guard> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
