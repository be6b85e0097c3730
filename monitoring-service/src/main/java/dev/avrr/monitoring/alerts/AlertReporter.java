package dev.avrr.monitoring.alerts;

/** Who reported the protection concern: the returnee, their family, a partner organisation, or IOM's staff. */
public enum AlertReporter {
    RETURNEE, FAMILY, PARTNER, STAFF
}
