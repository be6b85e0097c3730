package dev.avrr.monitoring.returnees;

/**
 * The sending office handed the returnee over to the mission of the country of return: fired in the transaction
 * that learnt it, for whoever tells the mission (its notifications).
 */
public record HandoverReceived(MonitoredCase returnee) {
}
