package dev.avrr.monitoring.contacts;

/** How the reintegration plan is going, as the mission judged it at a contact. */
public enum PlanProgress {
    NOT_STARTED, ON_TRACK, DELAYED, OFF_TRACK
}
