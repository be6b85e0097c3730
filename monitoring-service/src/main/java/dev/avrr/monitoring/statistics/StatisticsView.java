package dev.avrr.monitoring.statistics;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.monitoring.alerts.AlertKind;

/**
 * Statistics of one cohort of returns (those that arrived in one calendar month, quarter or year), broken down by
 * one dimension. Every count is a string: "0", a number of {@code smallCellThreshold} or more, "&lt;5" for a count
 * from 1 to 4, or "suppressed" when the figure would reveal such a count in one of its months.
 */
@Schema(name = "MonitoringStatistics")
public record StatisticsView(
        @Schema(description = "The months of arrival: a calendar month (2026-03), quarter (2026-Q1) or year (2026)",
                examples = "2025") String period,
        GroupBy groupBy, int smallCellThreshold, List<Group> groups) {

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
