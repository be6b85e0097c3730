package dev.avrr.grant.disbursement;

import static dev.avrr.grant.disbursement.DisbursementStatus.APPROVED;
import static dev.avrr.grant.disbursement.DisbursementStatus.CANCELLED;
import static dev.avrr.grant.disbursement.DisbursementStatus.PAID;
import static dev.avrr.grant.disbursement.DisbursementStatus.REJECTED;
import static dev.avrr.grant.disbursement.DisbursementStatus.REQUESTED;
import static dev.avrr.grant.disbursement.DisbursementStatus.REVERSED;
import static dev.avrr.platform.statemachine.TransitionTable.row;

import dev.avrr.platform.statemachine.TransitionTable;
import dev.avrr.vocabulary.Roles;

/**
 * The one table of disbursement transitions (docs/grant-service.md, state machines): the mission requests (the money is reserved),
 * finance approves or rejects, the payment is recorded once by whoever made it (mission or finance), and a
 * payment recorded in error is reversed by finance. Cancelling, rejecting and reversing return the money.
 */
public final class DisbursementTransitions {

    /** A command on a disbursement; the request itself creates it in REQUESTED. */
    public enum Command {
        APPROVE, REJECT, CANCEL, PAY, REVERSE
    }

    public static final TransitionTable<DisbursementStatus, Command> MACHINE = TransitionTable.of("disbursement",
            row(Command.APPROVE, REQUESTED, APPROVED, Roles.FINANCE),
            row(Command.REJECT, REQUESTED, REJECTED, Roles.FINANCE),
            row(Command.CANCEL, REQUESTED, CANCELLED, Roles.MISSION),
            row(Command.CANCEL, APPROVED, CANCELLED, Roles.MISSION),
            row(Command.PAY, APPROVED, PAID, Roles.MISSION),
            row(Command.PAY, APPROVED, PAID, Roles.FINANCE),
            row(Command.REVERSE, PAID, REVERSED, Roles.FINANCE));

    private DisbursementTransitions() {
    }
}
