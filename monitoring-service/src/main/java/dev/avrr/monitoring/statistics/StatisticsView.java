package dev.avrr.monitoring.statistics;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.monitoring.alerts.AlertKind;

/**
 * Statistics of one cohort of returns (by month of arrival), broken down by one dimension. Every count is a string:
 * "0", a number of {@code smallCellThreshold} or more, or "&lt;5" for the counts in between.
 */
@Schema(name = "MonitoringStatistics")
public record StatisticsView(String arrivedFrom, String arrivedTo, GroupBy groupBy, int smallCellThreshold,
        List<Group> groups) {

    /** One group's counts. */
    @Schema(name = "MonitoringStatisticsGroup")
    public record Group(String group, String returnsMonitored, FollowUps followUps, Map<AlertKind, String> alertsByKind,
            @Schema(description = "Per measure (composite, economic, social, psychosocial): how many returnees' latest "
                    + "follow-up scored in each band") Map<String, Map<String, String>> latestScores) {
    }

    /** Plan items: fulfilled by their due date, fulfilled later, past due and still open, closed as missed. */
    @Schema(name = "MonitoringFollowUps")
    public record FollowUps(String onTime, String late, String overdue, String missed) {
    }
}
