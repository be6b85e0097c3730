package dev.avrr.monitoring.alerts;

import static dev.avrr.monitoring.alerts.AlertStatus.ACKNOWLEDGED;
import static dev.avrr.monitoring.alerts.AlertStatus.OPEN;
import static dev.avrr.monitoring.alerts.AlertStatus.RESOLVED;
import static dev.avrr.platform.statemachine.TransitionTable.row;
import static dev.avrr.vocabulary.Roles.CASEWORKER;

import dev.avrr.platform.statemachine.TransitionTable;

/**
 * The one table of a protection alert: raised open by a contact of the mission, acknowledged by the sending
 * office's caseworker, then resolved by them. It cannot be resolved unseen: resolution needs an acknowledgement.
 */
public final class AlertTransitions {

    /** A command on a protection alert. */
    public enum Command {
        ACKNOWLEDGE, RESOLVE
    }

    public static final TransitionTable<AlertStatus, Command> TABLE = TransitionTable.of("protection alert",
            row(Command.ACKNOWLEDGE, OPEN, ACKNOWLEDGED, CASEWORKER),
            row(Command.RESOLVE, ACKNOWLEDGED, RESOLVED, CASEWORKER))
            .rolesNamed(TransitionTable.BARE_ROLES);

    private AlertTransitions() {
    }
}
