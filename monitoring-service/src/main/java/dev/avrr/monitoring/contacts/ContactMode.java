package dev.avrr.monitoring.contacts;

/** How the mission contacted the returnee. */
public enum ContactMode {
    VISIT, PHONE, MESSAGE
}
