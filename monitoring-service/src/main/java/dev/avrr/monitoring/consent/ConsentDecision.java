package dev.avrr.monitoring.consent;

/** A consent given or withdrawn. */
public enum ConsentDecision {
    GIVEN, WITHDRAWN
}
