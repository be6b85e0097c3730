package dev.avrr.cases.casefile.records;

/** Where family tracing stands: only a found family or guardian lets a minor travel. */
public enum TracingOutcome {
    IN_PROGRESS, FAMILY_FOUND, GUARDIAN_FOUND, NOT_FOUND;

    public boolean found() {
        return this == FAMILY_FOUND || this == GUARDIAN_FOUND;
    }
}
