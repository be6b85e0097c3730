package dev.avrr.monitoring.alerts;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When an unacknowledged protection alert escalates ({@code avrr.monitoring.alerts}). */
@ConfigMapping(prefix = "avrr.monitoring.alerts")
public interface AlertConfig {

    /** An URGENT alert nobody acknowledged escalates once per this time since it was raised. */
    @WithDefault("PT1H")
    Duration urgentDeadline();

    /** A NORMAL alert nobody acknowledged escalates once per this time since it was raised. */
    @WithDefault("PT24H")
    Duration normalDeadline();

    /** How often the escalation job looks for alerts past their deadline (the job's {@code every}). */
    @WithDefault("30s")
    String escalationCheckEvery();

    default Duration deadline(AlertUrgency urgency) {
        return urgency == AlertUrgency.URGENT ? urgentDeadline() : normalDeadline();
    }
}
