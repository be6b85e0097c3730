package dev.avrr.monitoring.alerts;

/** A protection alert stays open until the sending office acknowledges it and then resolves it. */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}
