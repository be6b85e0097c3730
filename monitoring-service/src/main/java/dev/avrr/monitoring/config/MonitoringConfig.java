package dev.avrr.monitoring.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** monitoring-service's settings ({@code avrr.monitoring.*}); schedules and weights are data, not settings. */
@ConfigMapping(prefix = "avrr.monitoring")
public interface MonitoringConfig {

    /** How often the overdue job looks for items past their due date (the job's {@code every}). */
    @WithDefault("1h")
    Duration overdueCheckEvery();

    /** How many items the overdue job flags per transaction. */
    @WithDefault("500")
    int overdueBatchSize();
}
