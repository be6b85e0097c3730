package dev.avrr.referral.intake;

import static dev.avrr.referral.intake.ReferralStatus.ACCEPTED;
import static dev.avrr.referral.intake.ReferralStatus.APPROVED_BY_COORDINATOR;
import static dev.avrr.referral.intake.ReferralStatus.AWAITING_COORDINATOR;
import static dev.avrr.referral.intake.ReferralStatus.DECLINED;
import static dev.avrr.referral.intake.ReferralStatus.DRAFT;
import static dev.avrr.referral.intake.ReferralStatus.SUBMITTED;
import static dev.avrr.referral.intake.ReferralStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Roles;

/**
 * The one table of allowed referral transitions, per route; every status change goes through {@link #apply}.
 * A command from any other state is refused with 409, naming the current state and the guard.
 * <p>
 * Norway (seed 000): draft → submitted to IOM Oslo → accepted or declined by IOM's caseworker. Sweden (seed
 * 002): draft → awaiting the coordinator (Hänvisning) → approved by the coordinator (Meddelande, IOM Helsinki
 * notified) or declined by it → accepted (Stöd) or declined by IOM Helsinki's caseworker → the signed application
 * recorded (Välgrundat beslut). A coordinator may register a referral itself, for a person referred to it outside
 * the system; it then awaits the coordinator at once. The referring partner may withdraw until IOM has accepted.
 */
public final class ReferralTransitions {

    /** A command on a referral. */
    public enum Command {
        UPDATE, SUBMIT, APPROVE, ACCEPT, DECLINE, WITHDRAW, RECORD_APPLICATION
    }

    /** One allowed transition: on this route, from this state, the role that may do it, to that state. */
    public record Transition(Jurisdiction route, Command command, ReferralStatus from, ReferralStatus to, String role,
            Optional<ReferralStep> step) {
    }

    private static final Set<Jurisdiction> BOTH = EnumSet.allOf(Jurisdiction.class);

    public static final List<Transition> TABLE = List.of(
            t(BOTH, Command.UPDATE, DRAFT, DRAFT, Roles.PARTNER, null),
            t(Jurisdiction.NO, Command.SUBMIT, DRAFT, SUBMITTED, Roles.PARTNER, ReferralStep.SUBMITTED),
            t(Jurisdiction.SE, Command.SUBMIT, DRAFT, AWAITING_COORDINATOR, Roles.PARTNER, ReferralStep.SUBMITTED),
            // A coordinator registering a referral for a person who reached it outside the system: its own Hänvisning.
            t(Jurisdiction.SE, Command.SUBMIT, DRAFT, AWAITING_COORDINATOR, Roles.COORDINATOR, ReferralStep.SUBMITTED),
            t(Jurisdiction.SE, Command.APPROVE, AWAITING_COORDINATOR, APPROVED_BY_COORDINATOR, Roles.COORDINATOR,
                    ReferralStep.APPROVED_BY_COORDINATOR),
            t(Jurisdiction.NO, Command.ACCEPT, SUBMITTED, ACCEPTED, Roles.CASEWORKER, ReferralStep.ACCEPTED),
            t(Jurisdiction.SE, Command.ACCEPT, APPROVED_BY_COORDINATOR, ACCEPTED, Roles.CASEWORKER, ReferralStep.ACCEPTED),
            t(Jurisdiction.NO, Command.DECLINE, SUBMITTED, DECLINED, Roles.CASEWORKER, ReferralStep.DECLINED),
            t(Jurisdiction.SE, Command.DECLINE, AWAITING_COORDINATOR, DECLINED, Roles.COORDINATOR, ReferralStep.DECLINED),
            t(Jurisdiction.SE, Command.DECLINE, APPROVED_BY_COORDINATOR, DECLINED, Roles.CASEWORKER, ReferralStep.DECLINED),
            t(BOTH, Command.WITHDRAW, DRAFT, WITHDRAWN, Roles.PARTNER, ReferralStep.WITHDRAWN),
            t(Jurisdiction.NO, Command.WITHDRAW, SUBMITTED, WITHDRAWN, Roles.PARTNER, ReferralStep.WITHDRAWN),
            t(Jurisdiction.SE, Command.WITHDRAW, AWAITING_COORDINATOR, WITHDRAWN, Roles.PARTNER, ReferralStep.WITHDRAWN),
            t(Jurisdiction.SE, Command.WITHDRAW, APPROVED_BY_COORDINATOR, WITHDRAWN, Roles.PARTNER, ReferralStep.WITHDRAWN),
            // Välgrundat beslut: after Stöd, the signed application reaches IOM Helsinki (seed 002, step 5).
            t(Jurisdiction.SE, Command.RECORD_APPLICATION, ACCEPTED, ACCEPTED, Roles.CASEWORKER,
                    ReferralStep.APPLICATION_SIGNED),
            t(Jurisdiction.SE, Command.RECORD_APPLICATION, ACCEPTED, ACCEPTED, Roles.COORDINATOR,
                    ReferralStep.APPLICATION_SIGNED),
            t(Jurisdiction.SE, Command.RECORD_APPLICATION, ACCEPTED, ACCEPTED, Roles.PARTNER,
                    ReferralStep.APPLICATION_SIGNED))
            .stream().flatMap(List::stream).toList();

    private ReferralTransitions() {
    }

    /**
     * The transition this command makes from the current state on this route, for a caller with the given
     * roles; 409 if the state does not allow it, 403 if it does but not for these roles.
     */
    public static Transition apply(Jurisdiction route, Command command, ReferralStatus current, Set<String> roles) {
        List<Transition> fromHere = TABLE.stream()
                .filter(t -> t.route() == route && t.command() == command && t.from() == current).toList();
        if (fromHere.isEmpty()) {
            throw Problems.stateConflict("referral", current.name(), guard(route, command));
        }
        return fromHere.stream().filter(t -> roles.contains(t.role())).findFirst()
                .orElseThrow(() -> Problems.forbidden("In state " + current + " only the " + fromHere.get(0).role()
                        + " may " + command.name().toLowerCase() + " this referral"));
    }

    /** The states a command may start from on a route, as the guard a refusal names. */
    static String guard(Jurisdiction route, Command command) {
        List<String> from = TABLE.stream().filter(t -> t.route() == route && t.command() == command)
                .map(t -> t.from().name()).distinct().toList();
        return from.isEmpty() ? "no " + command.name().toLowerCase() + " on the " + route + " route"
                : command.name().toLowerCase() + " is allowed only from " + String.join(" or ", from);
    }

    private static List<Transition> t(Set<Jurisdiction> routes, Command command, ReferralStatus from,
            ReferralStatus to, String role, ReferralStep step) {
        return routes.stream().map(r -> new Transition(r, command, from, to, role, Optional.ofNullable(step))).toList();
    }

    private static List<Transition> t(Jurisdiction route, Command command, ReferralStatus from, ReferralStatus to,
            String role, ReferralStep step) {
        return t(EnumSet.of(route), command, from, to, role, step);
    }
}
