package dev.avrr.monitoring.returnees;

import static dev.avrr.monitoring.returnees.MonitoringStatus.ACTIVE;
import static dev.avrr.monitoring.returnees.MonitoringStatus.AWAITING_RETURN;
import static dev.avrr.monitoring.returnees.MonitoringStatus.COMPLETED;
import static dev.avrr.monitoring.returnees.MonitoringStatus.ENDED_EARLY;
import static dev.avrr.platform.statemachine.TransitionTable.SYSTEM;
import static dev.avrr.platform.statemachine.TransitionTable.row;
import static dev.avrr.vocabulary.Roles.CASEWORKER;
import static dev.avrr.vocabulary.Roles.MISSION;

import dev.avrr.platform.statemachine.TransitionTable;

/**
 * The one table of a returnee's monitoring. The plan starts on return-completed (the service itself); the
 * mission of the country of return records contacts and closes items it could not fulfil; the plan completes
 * when its last item is closed; the returnee may decline further monitoring at any time while it runs (told to
 * the mission or to the sending office), which ends it early. A protection alert after the plan completed reopens
 * it with a protection follow-up item; after the returnee ended it early, nothing they declined is reopened. Surveys and feedback are recorded in the states
 * where they make sense: a baseline at or before return, follow-ups and feedback after it.
 */
public final class MonitoringTransitions {

    /** A command on a returnee's monitoring. */
    public enum Command {
        START, RECORD_CONTACT, CLOSE_ITEM, COMPLETE, WITHDRAW_CONSENT, RECORD_BASELINE, RECORD_FOLLOW_UP,
        RECORD_FEEDBACK, REOPEN_FOR_PROTECTION
    }

    public static final TransitionTable<MonitoringStatus, Command> TABLE = TransitionTable.of("monitoring",
            row(Command.START, AWAITING_RETURN, ACTIVE, SYSTEM),
            row(Command.RECORD_CONTACT, ACTIVE, ACTIVE, MISSION),
            row(Command.CLOSE_ITEM, ACTIVE, ACTIVE, MISSION),
            row(Command.COMPLETE, ACTIVE, COMPLETED, SYSTEM),
            row(Command.REOPEN_FOR_PROTECTION, COMPLETED, ACTIVE, SYSTEM),
            row(Command.WITHDRAW_CONSENT, ACTIVE, ENDED_EARLY, MISSION, CASEWORKER),
            row(Command.RECORD_BASELINE, AWAITING_RETURN, AWAITING_RETURN, MISSION, CASEWORKER),
            row(Command.RECORD_BASELINE, ACTIVE, ACTIVE, MISSION, CASEWORKER),
            row(Command.RECORD_FOLLOW_UP, ACTIVE, ACTIVE, MISSION),
            row(Command.RECORD_FOLLOW_UP, COMPLETED, COMPLETED, MISSION),
            row(Command.RECORD_FEEDBACK, ACTIVE, ACTIVE, MISSION),
            row(Command.RECORD_FEEDBACK, COMPLETED, COMPLETED, MISSION),
            row(Command.RECORD_FEEDBACK, ENDED_EARLY, ENDED_EARLY, MISSION))
            .rolesNamed(TransitionTable.BARE_ROLES);

    private MonitoringTransitions() {
    }
}
