package dev.avrr.referral.intake;

import static dev.avrr.platform.statemachine.TransitionTable.row;
import static dev.avrr.referral.intake.ReferralStatus.ACCEPTED;
import static dev.avrr.referral.intake.ReferralStatus.APPROVED_BY_COORDINATOR;
import static dev.avrr.referral.intake.ReferralStatus.AWAITING_COORDINATOR;
import static dev.avrr.referral.intake.ReferralStatus.DECLINED;
import static dev.avrr.referral.intake.ReferralStatus.DRAFT;
import static dev.avrr.referral.intake.ReferralStatus.SUBMITTED;
import static dev.avrr.referral.intake.ReferralStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.avrr.platform.statemachine.TransitionTable;
import dev.avrr.vocabulary.Roles;

/**
 * The allowed referral transitions, one table per route; every status change goes through {@link #apply}. A
 * command from any other state is refused with 409, naming the current state and the guard.
 * <p>
 * Norway (docs/domain.md#the-norwegian-route): draft → submitted to IOM Oslo → accepted or declined by IOM's
 * caseworker. Sweden (docs/domain.md#the-swedish-route): draft → awaiting the coordinator (Hänvisning) → approved
 * by the coordinator (Meddelande, IOM Helsinki notified) or declined by it → accepted (Stöd) or declined by IOM
 * Helsinki's caseworker → the signed application recorded (Välgrundat beslut). A coordinator may register a referral itself, for a person referred to it outside
 * the system; it then awaits the coordinator at once. The referring partner may withdraw until IOM has accepted.
 */
public final class ReferralTransitions {

    /** A command on a referral, with the history step it records on either route (an update records none). */
    public enum Command {
        UPDATE(null), SUBMIT(ReferralStep.SUBMITTED), APPROVE(ReferralStep.APPROVED_BY_COORDINATOR),
        ACCEPT(ReferralStep.ACCEPTED), DECLINE(ReferralStep.DECLINED), WITHDRAW(ReferralStep.WITHDRAWN),
        RECORD_APPLICATION(ReferralStep.APPLICATION_SIGNED);

        private final ReferralStep step;

        Command(ReferralStep step) {
            this.step = step;
        }

        public Optional<ReferralStep> step() {
            return Optional.ofNullable(step);
        }
    }

    /** One allowed transition: on this route, a row of that route's table. */
    public record Transition(Jurisdiction route, TransitionTable.Transition<ReferralStatus, Command> row) {

        public Command command() {
            return row.command();
        }

        public ReferralStatus from() {
            return row.from();
        }

        public ReferralStatus to() {
            return row.to();
        }

        public Optional<ReferralStep> step() {
            return row.command().step();
        }
    }

    private static final Map<Jurisdiction, TransitionTable<ReferralStatus, Command>> TABLES = Map.of(
            Jurisdiction.NO, table(Jurisdiction.NO,
                    row(Command.UPDATE, DRAFT, DRAFT, Roles.PARTNER),
                    row(Command.SUBMIT, DRAFT, SUBMITTED, Roles.PARTNER),
                    row(Command.ACCEPT, SUBMITTED, ACCEPTED, Roles.CASEWORKER),
                    row(Command.DECLINE, SUBMITTED, DECLINED, Roles.CASEWORKER),
                    row(Command.WITHDRAW, DRAFT, WITHDRAWN, Roles.PARTNER),
                    row(Command.WITHDRAW, SUBMITTED, WITHDRAWN, Roles.PARTNER)),
            Jurisdiction.SE, table(Jurisdiction.SE,
                    row(Command.UPDATE, DRAFT, DRAFT, Roles.PARTNER),
                    row(Command.SUBMIT, DRAFT, AWAITING_COORDINATOR, Roles.PARTNER),
                    // A coordinator registering a referral for a person who reached it outside the system: its own
                    // Hänvisning.
                    row(Command.SUBMIT, DRAFT, AWAITING_COORDINATOR, Roles.COORDINATOR),
                    row(Command.APPROVE, AWAITING_COORDINATOR, APPROVED_BY_COORDINATOR, Roles.COORDINATOR),
                    row(Command.ACCEPT, APPROVED_BY_COORDINATOR, ACCEPTED, Roles.CASEWORKER),
                    row(Command.DECLINE, AWAITING_COORDINATOR, DECLINED, Roles.COORDINATOR),
                    row(Command.DECLINE, APPROVED_BY_COORDINATOR, DECLINED, Roles.CASEWORKER),
                    row(Command.WITHDRAW, DRAFT, WITHDRAWN, Roles.PARTNER),
                    row(Command.WITHDRAW, AWAITING_COORDINATOR, WITHDRAWN, Roles.PARTNER),
                    row(Command.WITHDRAW, APPROVED_BY_COORDINATOR, WITHDRAWN, Roles.PARTNER),
                    // Välgrundat beslut: after Stöd, the signed application reaches IOM Helsinki (docs/domain.md#the-swedish-route, step 5).
                    row(Command.RECORD_APPLICATION, ACCEPTED, ACCEPTED, Roles.CASEWORKER),
                    row(Command.RECORD_APPLICATION, ACCEPTED, ACCEPTED, Roles.COORDINATOR),
                    row(Command.RECORD_APPLICATION, ACCEPTED, ACCEPTED, Roles.PARTNER)));

    /** Every row of both routes' tables. */
    public static final List<Transition> TABLE = Arrays.stream(Jurisdiction.values())
            .flatMap(route -> TABLES.get(route).rows().stream().map(row -> new Transition(route, row))).toList();

    private ReferralTransitions() {
    }

    /**
     * The transition this command makes from the current state on this route, for a caller with the given
     * roles; 409 if the state does not allow it, 403 if it does but not for these roles.
     */
    public static Transition apply(Jurisdiction route, Command command, ReferralStatus current, Set<String> roles) {
        return new Transition(route, TABLES.get(route).apply(command, current, roles));
    }

    /** One route's table as a whole, so that its tests walk every state and command of it. */
    public static TransitionTable<ReferralStatus, Command> tableOn(Jurisdiction route) {
        return TABLES.get(route);
    }

    @SafeVarargs
    private static TransitionTable<ReferralStatus, Command> table(Jurisdiction route,
            TransitionTable.Transition<ReferralStatus, Command>... rows) {
        List<TransitionTable.Transition<ReferralStatus, Command>> list = new ArrayList<>(rows.length);
        for (TransitionTable.Transition<ReferralStatus, Command> row : rows) {
            list.add(row);
        }
        return TransitionTable.of("referral", list)
                .commandsNamed(command -> command.name().toLowerCase(Locale.ROOT))
                .scope("on the " + route + " route")
                // Kept from before the shared table: this service's 403 names only the first role allowed.
                .rolesNamed(roles -> "the " + String.join(" or the ", roles));
    }
}
