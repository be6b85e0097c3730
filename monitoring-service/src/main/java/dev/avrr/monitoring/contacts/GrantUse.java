package dev.avrr.monitoring.contacts;

/** How the reintegration grant is being used, as the mission found it at a contact. */
public enum GrantUse {
    NOT_YET_RECEIVED, AS_PLANNED, PARTLY_AS_PLANNED, NOT_AS_PLANNED
}
