package dev.avrr.monitoring.plans;

/** An item of a monitoring plan: due, flagged overdue by the job, fulfilled by a contact, missed, or cancelled. */
public enum ItemStatus {
    DUE, OVERDUE, FULFILLED, MISSED, CANCELLED;

    public boolean isOpen() {
        return this == DUE || this == OVERDUE;
    }
}
