package dev.avrr.monitoring.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import dev.avrr.monitoring.alerts.AlertKind;
import dev.avrr.monitoring.alerts.ProtectionAlert;
import dev.avrr.monitoring.common.Now;
import dev.avrr.monitoring.config.MonitoringConfig;
import dev.avrr.monitoring.plans.ItemStatus;
import dev.avrr.monitoring.scores.SurveyKind;
import dev.avrr.platform.events.contract.Programme;
import dev.avrr.platform.problem.Problems;

/**
 * Statistics without personal data, over a cohort of returns (the months of arrival): returns monitored, plan
 * items on time versus late, overdue and missed, alerts by kind, and the distribution of the latest follow-up
 * scores, by country, programme or category. Counts are computed on the real records and then suppressed.
 */
@ApplicationScoped
public class MonitoringStatistics {

    static final List<String> BANDS = List.of("0.0-0.2", "0.2-0.4", "0.4-0.6", "0.6-0.8", "0.8-1.0");
    static final List<String> MEASURES = List.of("composite", "economic", "social", "psychosocial");

    @Inject
    EntityManager em;

    @Inject
    MonitoringConfig config;

    /** The cohort and breakdown asked for; null filters mean "any". */
    public record Query(YearMonth arrivedFrom, YearMonth arrivedTo, GroupBy groupBy, String countryOfReturn,
            Programme programme) {
    }

    /** Raw counts of one group, before suppression. */
    private static final class Counts {
        long returns;
        long onTime;
        long late;
        long overdue;
        long missed;
        final Map<AlertKind, Long> alerts = new EnumMap<>(AlertKind.class);
        final Map<String, Map<String, Long>> scores = new LinkedHashMap<>();

        Counts() {
            for (AlertKind k : AlertKind.values()) {
                alerts.put(k, 0L);
            }
            for (String m : MEASURES) {
                Map<String, Long> bands = new LinkedHashMap<>();
                BANDS.forEach(b -> bands.put(b, 0L));
                scores.put(m, bands);
            }
        }
    }

    @Transactional
    public StatisticsView compute(Query query) {
        YearMonth to = query.arrivedTo() != null ? query.arrivedTo() : YearMonth.from(Now.today());
        YearMonth from = query.arrivedFrom() != null ? query.arrivedFrom() : to.minusMonths(11);
        if (from.isAfter(to)) {
            throw Problems.invalid("arrivedFrom", "must not be after arrivedTo");
        }
        GroupBy groupBy = query.groupBy() != null ? query.groupBy() : GroupBy.COUNTRY;
        String key = switch (groupBy) {
            case COUNTRY -> "c.countryOfReturn";
            case PROGRAMME -> "c.programme";
            case CATEGORY -> "c.category";
        };
        StringBuilder cohort = new StringBuilder("c.startedAt IS NOT NULL AND c.arrivalDate >= :from "
                + "AND c.arrivalDate <= :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", from.atDay(1));
        params.put("to", to.atEndOfMonth());
        if (query.countryOfReturn() != null) {
            cohort.append(" AND c.countryOfReturn = :country");
            params.put("country", query.countryOfReturn());
        }
        if (query.programme() != null) {
            cohort.append(" AND c.programme = :programme");
            params.put("programme", query.programme());
        }

        Map<String, Counts> groups = new TreeMap<>();
        for (Object[] r : rows("SELECT " + key + ", count(c) FROM MonitoredCase c WHERE " + cohort + " GROUP BY " + key,
                params)) {
            groups.computeIfAbsent(String.valueOf(r[0]), g -> new Counts()).returns = (Long) r[1];
        }
        countItems(key, cohort.toString(), params, groups);
        for (Object[] r : rows("SELECT " + key + ", a FROM ProtectionAlert a, MonitoredCase c WHERE c.caseId = a.caseId "
                + "AND " + cohort, params)) {
            groups.get(String.valueOf(r[0])).alerts.merge(((ProtectionAlert) r[1]).kind(), 1L, Long::sum);
        }
        countLatestScores(key, cohort.toString(), params, groups);

        int threshold = config.smallCellThreshold();
        List<StatisticsView.Group> view = groups.entrySet().stream().map(e -> group(e.getKey(), e.getValue(), threshold))
                .toList();
        return new StatisticsView(from.toString(), to.toString(), groupBy, threshold, view);
    }

    private void countItems(String key, String cohort, Map<String, Object> params, Map<String, Counts> groups) {
        LocalDate today = Now.today();
        for (Object[] r : rows("SELECT " + key + ", i.status, i.dueDate, m.contactedOn FROM PlanItem i "
                + "JOIN MonitoredCase c ON c.caseId = i.caseId LEFT JOIN MonitoringContact m ON m.id = i.fulfilledBy "
                + "WHERE " + cohort, params)) {
            Counts counts = groups.get(String.valueOf(r[0]));
            ItemStatus status = (ItemStatus) r[1];
            LocalDate due = (LocalDate) r[2];
            if (status == ItemStatus.FULFILLED) {
                if (((LocalDate) r[3]).isAfter(due)) {
                    counts.late++;
                } else {
                    counts.onTime++;
                }
            } else if (status == ItemStatus.MISSED) {
                counts.missed++;
            } else if (status.isOpen() && due.isBefore(today)) {
                counts.overdue++;
            }
        }
    }

    /** Each returnee's latest follow-up (by the day taken, then recorded), banded per measure. */
    private void countLatestScores(String key, String cohort, Map<String, Object> params, Map<String, Counts> groups) {
        record Latest(String group, LocalDate takenOn, OffsetDateTime recordedAt, BigDecimal[] scores) {
        }
        Map<UUID, Latest> latest = new HashMap<>();
        Map<String, Object> withKind = new HashMap<>(params);
        withKind.put("followUp", SurveyKind.FOLLOW_UP);
        for (Object[] r : rows("SELECT " + key + ", s.caseId, s.takenOn, s.recordedAt, s.composite, s.economic, "
                + "s.social, s.psychosocial FROM Survey s, MonitoredCase c WHERE c.caseId = s.caseId "
                + "AND s.kind = :followUp AND " + cohort, withKind)) {
            Latest candidate = new Latest(String.valueOf(r[0]), (LocalDate) r[2], (OffsetDateTime) r[3],
                    new BigDecimal[] { (BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6], (BigDecimal) r[7] });
            latest.merge((UUID) r[1], candidate, (a, b) -> b.takenOn().isAfter(a.takenOn())
                    || b.takenOn().equals(a.takenOn()) && b.recordedAt().isAfter(a.recordedAt()) ? b : a);
        }
        for (Latest l : latest.values()) {
            Counts counts = groups.get(l.group());
            for (int m = 0; m < MEASURES.size(); m++) {
                counts.scores.get(MEASURES.get(m)).merge(band(l.scores()[m]), 1L, Long::sum);
            }
        }
    }

    /** The band of a score from 0 to 1: [0, 0.2), [0.2, 0.4), …, [0.8, 1]. */
    static String band(BigDecimal score) {
        int index = Math.min(score.multiply(BigDecimal.valueOf(5)).intValue(), BANDS.size() - 1);
        return BANDS.get(Math.max(index, 0));
    }

    private static StatisticsView.Group group(String name, Counts c, int threshold) {
        Map<AlertKind, String> alerts = new EnumMap<>(AlertKind.class);
        c.alerts.forEach((k, n) -> alerts.put(k, SmallCellSuppression.show(n, threshold)));
        Map<String, Map<String, String>> scores = new LinkedHashMap<>();
        c.scores.forEach((measure, bands) -> {
            Map<String, String> shown = new LinkedHashMap<>();
            bands.forEach((band, n) -> shown.put(band, SmallCellSuppression.show(n, threshold)));
            scores.put(measure, shown);
        });
        return new StatisticsView.Group(name, SmallCellSuppression.show(c.returns, threshold),
                new StatisticsView.FollowUps(SmallCellSuppression.show(c.onTime, threshold),
                        SmallCellSuppression.show(c.late, threshold), SmallCellSuppression.show(c.overdue, threshold),
                        SmallCellSuppression.show(c.missed, threshold)),
                alerts, scores);
    }

    private List<Object[]> rows(String jpql, Map<String, Object> params) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        params.forEach((k, v) -> {
            if (jpql.contains(":" + k)) {
                q.setParameter(k, v);
            }
        });
        return q.getResultList();
    }
}
