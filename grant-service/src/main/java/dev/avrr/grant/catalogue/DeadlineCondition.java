package dev.avrr.grant.catalogue;

/** Whether a category depends on applying before the departure deadline (see {@link DepartureDeadline}). */
public enum DeadlineCondition {
    ANY, BEFORE_DEADLINE, AFTER_DEADLINE
}
