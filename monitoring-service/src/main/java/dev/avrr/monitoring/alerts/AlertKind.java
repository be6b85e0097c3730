package dev.avrr.monitoring.alerts;

/**
 * What a protection alert is about (docs/monitoring-service.md). Special-category: the kind is stored protected at rest and never
 * leaves the service in an event.
 */
public enum AlertKind {
    RE_TRAFFICKING_RISK, VIOLENCE, THREATS, EXPLOITATION, MEDICAL_EMERGENCY, CHILD_WITHOUT_CARE
}
