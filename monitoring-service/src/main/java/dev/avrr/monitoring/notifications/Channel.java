package dev.avrr.monitoring.notifications;

/** What a subscription receives: every notification of the subscriber's returnees, or only the escalations. */
public enum Channel {
    ALL, ESCALATIONS;

    boolean receives(boolean escalation) {
        return this == ALL || escalation;
    }
}
