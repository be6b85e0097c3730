package dev.avrr.grant.plan;

import static dev.avrr.grant.plan.PlanStatus.APPROVED;
import static dev.avrr.grant.plan.PlanStatus.DRAFT;
import static dev.avrr.grant.plan.PlanStatus.RETURNED;
import static dev.avrr.grant.plan.PlanStatus.SUBMITTED;
import static dev.avrr.platform.statemachine.TransitionTable.row;

import dev.avrr.platform.statemachine.TransitionTable;
import dev.avrr.vocabulary.Roles;

/**
 * The one table of reintegration plan transitions (docs/grant-service.md, state machines): the mission drafts the plan with the returnee
 * after arrival and submits it; the caseworker approves it, or returns it for changes. An approved plan stays
 * as it is; a change is a new plan.
 */
public final class PlanTransitions {

    /** A command on a plan. */
    public enum Command {
        EDIT, SUBMIT, APPROVE, RETURN
    }

    public static final TransitionTable<PlanStatus, Command> MACHINE = TransitionTable.of("plan",
            row(Command.EDIT, DRAFT, DRAFT, Roles.MISSION),
            row(Command.EDIT, RETURNED, RETURNED, Roles.MISSION),
            row(Command.SUBMIT, DRAFT, SUBMITTED, Roles.MISSION),
            row(Command.SUBMIT, RETURNED, SUBMITTED, Roles.MISSION),
            row(Command.APPROVE, SUBMITTED, APPROVED, Roles.CASEWORKER),
            row(Command.RETURN, SUBMITTED, RETURNED, Roles.CASEWORKER));

    private PlanTransitions() {
    }
}
