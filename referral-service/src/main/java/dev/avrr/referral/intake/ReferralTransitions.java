package dev.avrr.referral.intake;

import java.util.Map;
import java.util.Set;

import dev.avrr.platform.problem.Problems;

/**
 * The one table of allowed referral transitions; every status change goes through {@link #apply}. A
 * transition from any other state is refused with 409, naming the current state.
 */
public final class ReferralTransitions {

    /** A command on a referral and the states it may start from. */
    public enum Command {
        ACCEPT(Set.of(ReferralStatus.SUBMITTED), ReferralStatus.ACCEPTED);

        final Set<ReferralStatus> from;
        final ReferralStatus to;

        Command(Set<ReferralStatus> from, ReferralStatus to) {
            this.from = from;
            this.to = to;
        }
    }

    private static final Map<Command, String> GUARDS = Map.of(
            Command.ACCEPT, "only a submitted referral can be accepted");

    private ReferralTransitions() {
    }

    public static ReferralStatus apply(Command command, ReferralStatus current) {
        if (!command.from.contains(current)) {
            throw Problems.stateConflict("referral", current.name(), GUARDS.get(command));
        }
        return command.to;
    }
}
