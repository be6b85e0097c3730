package dev.avrr.cases.casefile;

import java.time.LocalDate;

import dev.avrr.platform.problem.ProblemException;

/**
 * The one place a case changes state, as the features see it: a command is checked against the route's transition
 * table and its guards, the state taken, the step recorded with who, when and why, and the event written to the
 * outbox — all in the caller's transaction, so a refusal changes nothing. The lifecycle package implements it and
 * is the only one that wires guards into the table.
 */
public interface CaseLifecycle {

    /** The guard of the preparations (assessments, arrangements, household): they end when the person departs. */
    String BEFORE_DEPARTURE = "preparations-end-at-departure";

    /**
     * @param on the date the step takes effect: the assessment, decision, departure or arrival date
     * @param note why, as the actor gave it (kept in the history, protected)
     */
    void move(AvrrCase c, Command command, LocalDate on, String note);

    /** Records a step that changes data but not the state; announces what the step made due (the approval). */
    void note(AvrrCase c, CaseStep step, String note);

    /** Refuses, with 409 naming the state, a preparation on a case that departed or ended. */
    void requireBeforeDeparture(AvrrCase c);

    /** A change the case's state does not allow: audited as refused, answered 409 naming the state and guard. */
    ProblemException refused(AvrrCase c, String guard);
}
