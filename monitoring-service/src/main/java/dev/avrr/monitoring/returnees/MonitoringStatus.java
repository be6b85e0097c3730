package dev.avrr.monitoring.returnees;

/**
 * Where the monitoring of one returnee stands: known from the case's registration and waiting for the return;
 * active from return-completed (the plan is made); completed when every item of the plan is closed; ended early
 * when the returnee declines further monitoring.
 */
public enum MonitoringStatus {
    AWAITING_RETURN, ACTIVE, COMPLETED, ENDED_EARLY
}
