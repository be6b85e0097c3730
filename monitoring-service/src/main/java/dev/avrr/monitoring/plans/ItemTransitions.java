package dev.avrr.monitoring.plans;

import static dev.avrr.monitoring.plans.ItemStatus.CANCELLED;
import static dev.avrr.monitoring.plans.ItemStatus.DUE;
import static dev.avrr.monitoring.plans.ItemStatus.FULFILLED;
import static dev.avrr.monitoring.plans.ItemStatus.MISSED;
import static dev.avrr.monitoring.plans.ItemStatus.OVERDUE;
import static dev.avrr.platform.statemachine.TransitionTable.SYSTEM;
import static dev.avrr.platform.statemachine.TransitionTable.row;
import static dev.avrr.vocabulary.Roles.MISSION;

import dev.avrr.platform.statemachine.TransitionTable;

/**
 * The one table of a plan item. The overdue job flags a due item the day after its due date; a contact of the
 * mission that reached the returnee fulfils it, on time or late; the mission may close an overdue item it could
 * not fulfil as missed; the open items are cancelled when the returnee declines further monitoring.
 */
public final class ItemTransitions {

    /** A command on a plan item. */
    public enum Command {
        FLAG_OVERDUE, FULFIL, MISS, CANCEL
    }

    public static final TransitionTable<ItemStatus, Command> TABLE = TransitionTable.of("monitoring item",
            row(Command.FLAG_OVERDUE, DUE, OVERDUE, SYSTEM),
            row(Command.FULFIL, DUE, FULFILLED, MISSION),
            row(Command.FULFIL, OVERDUE, FULFILLED, MISSION),
            row(Command.MISS, OVERDUE, MISSED, MISSION),
            row(Command.CANCEL, DUE, CANCELLED, SYSTEM),
            row(Command.CANCEL, OVERDUE, CANCELLED, SYSTEM))
            .rolesNamed(TransitionTable.BARE_ROLES);

    private ItemTransitions() {
    }
}
