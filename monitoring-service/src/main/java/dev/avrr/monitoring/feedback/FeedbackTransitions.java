package dev.avrr.monitoring.feedback;

import static dev.avrr.monitoring.feedback.FeedbackStatus.FORWARDED;
import static dev.avrr.monitoring.feedback.FeedbackStatus.KEPT;
import static dev.avrr.platform.statemachine.TransitionTable.row;
import static dev.avrr.vocabulary.Roles.CASEWORKER;
import static dev.avrr.vocabulary.Roles.MISSION;

import dev.avrr.platform.statemachine.TransitionTable;

/**
 * The one table of a piece of feedback. The mission forwards it when the returnee consents (at once when it is
 * recorded, or later); the consent may be withdrawn, told to the mission or to the sending office, and the
 * feedback is then kept by the mission only again.
 */
public final class FeedbackTransitions {

    /** A command on a returnee's feedback. */
    public enum Command {
        FORWARD, WITHDRAW_CONSENT
    }

    public static final TransitionTable<FeedbackStatus, Command> TABLE = TransitionTable.of("feedback",
            row(Command.FORWARD, KEPT, FORWARDED, MISSION),
            row(Command.WITHDRAW_CONSENT, FORWARDED, KEPT, MISSION, CASEWORKER))
            .rolesNamed(TransitionTable.BARE_ROLES);

    private FeedbackTransitions() {
    }
}
