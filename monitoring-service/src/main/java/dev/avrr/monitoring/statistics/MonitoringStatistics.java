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
import dev.avrr.monitoring.plans.ItemStatus;
import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.scores.SurveyKind;
import dev.avrr.platform.statistics.ReportingPeriod;
import dev.avrr.platform.statistics.Suppression;
import dev.avrr.platform.statistics.Tally;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.Programme;

/**
 * Statistics without personal data, over a cohort of returns (those that arrived in one calendar month, quarter or
 * year): returns monitored, plan items on time versus late, overdue and missed, alerts by kind, and the
 * distribution of the latest follow-up scores, by country, programme or category. Every figure is counted per
 * month of arrival and shown through the platform's {@link Suppression}, so no two periods can be subtracted to
 * find someone (see {@code docs/statistics.md}).
 */
@ApplicationScoped
public class MonitoringStatistics {

    static final List<String> BANDS = List.of("0.0-0.2", "0.2-0.4", "0.4-0.6", "0.6-0.8", "0.8-1.0");
    static final List<String> MEASURES = List.of("composite", "economic", "social", "psychosocial");

    @Inject
    EntityManager em;

    /** The cohort and breakdown asked for; null filters mean "any". */
    public record Query(ReportingPeriod period, GroupBy groupBy, String countryOfReturn, Programme programme) {
    }

    /** The figures of one group, each counted by the calendar month of arrival of the returns behind it. */
    private static final class Counts {
        final Tally returns = new Tally();
        final Tally onTime = new Tally();
        final Tally late = new Tally();
        final Tally overdue = new Tally();
        final Tally missed = new Tally();
        final Map<AlertKind, Tally> alerts = new EnumMap<>(AlertKind.class);
        final Map<String, Map<String, Tally>> scores = new LinkedHashMap<>();

        Counts() {
            for (AlertKind k : AlertKind.values()) {
                alerts.put(k, new Tally());
            }
            for (String m : MEASURES) {
                Map<String, Tally> bands = new LinkedHashMap<>();
                BANDS.forEach(b -> bands.put(b, new Tally()));
                scores.put(m, bands);
            }
        }
    }

    /** Where a return of the cohort is counted: its group and its month of arrival. */
    private record Member(String group, String month) {
    }

    @Transactional
    public StatisticsView compute(Query query) {
        ReportingPeriod period = query.period() != null ? query.period() : ReportingPeriod.year(Now.today().getYear());
        GroupBy groupBy = query.groupBy() != null ? query.groupBy() : GroupBy.COUNTRY;
        StringBuilder cohort = new StringBuilder("c.startedAt IS NOT NULL AND c.arrivalDate >= :from "
                + "AND c.arrivalDate < :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", period.start());
        params.put("to", period.end());
        if (query.countryOfReturn() != null) {
            cohort.append(" AND c.countryOfReturn = :country");
            params.put("country", query.countryOfReturn());
        }

        Map<UUID, Member> members = new HashMap<>();
        Map<String, Counts> groups = new TreeMap<>();
        TypedQuery<MonitoredCase> returns = em.createQuery("SELECT c FROM MonitoredCase c WHERE " + cohort,
                MonitoredCase.class);
        params.forEach(returns::setParameter);
        for (MonitoredCase c : returns.getResultList()) {
            if (query.programme() != null && query.programme() != c.programme()) {
                continue;
            }
            String group = switch (groupBy) {
                case COUNTRY -> c.countryOfReturn;
                case PROGRAMME -> String.valueOf(c.programme());
                case CATEGORY -> String.valueOf(c.category());
            };
            Member member = new Member(group, YearMonth.from(c.arrivalDate).toString());
            members.put(c.caseId, member);
            groups.computeIfAbsent(group, g -> new Counts()).returns.add(member.month(), 1);
        }
        countItems(cohort.toString(), params, members, groups);
        // The kind is protected at rest, so it is read through the entity.
        for (Object[] r : rows("SELECT a.caseId, a FROM ProtectionAlert a, MonitoredCase c "
                + "WHERE c.caseId = a.caseId AND " + cohort, params)) {
            Member m = members.get((UUID) r[0]);
            if (m != null) {
                groups.get(m.group()).alerts.get(((ProtectionAlert) r[1]).kind()).add(m.month(), 1);
            }
        }
        countLatestScores(cohort.toString(), params, members, groups);

        List<StatisticsView.Group> view = groups.entrySet().stream().map(e -> group(e.getKey(), e.getValue()))
                .toList();
        return new StatisticsView(period.toString(), groupBy, Suppression.THRESHOLD, view);
    }

    private void countItems(String cohort, Map<String, Object> params, Map<UUID, Member> members,
            Map<String, Counts> groups) {
        LocalDate today = Now.today();
        for (Object[] r : rows("SELECT i.caseId, i.status, i.dueDate, m.contactedOn FROM PlanItem i "
                + "JOIN MonitoredCase c ON c.caseId = i.caseId LEFT JOIN MonitoringContact m ON m.id = i.fulfilledBy "
                + "WHERE " + cohort, params)) {
            Member member = members.get((UUID) r[0]);
            if (member == null) {
                continue;
            }
            Counts counts = groups.get(member.group());
            ItemStatus status = (ItemStatus) r[1];
            LocalDate due = (LocalDate) r[2];
            if (status == ItemStatus.FULFILLED) {
                (((LocalDate) r[3]).isAfter(due) ? counts.late : counts.onTime).add(member.month(), 1);
            } else if (status == ItemStatus.MISSED) {
                counts.missed.add(member.month(), 1);
            } else if (status.isOpen() && due.isBefore(today)) {
                counts.overdue.add(member.month(), 1);
            }
        }
    }

    /** Each returnee's latest follow-up (by the day taken, then recorded), banded per measure. */
    private void countLatestScores(String cohort, Map<String, Object> params, Map<UUID, Member> members,
            Map<String, Counts> groups) {
        record Latest(LocalDate takenOn, OffsetDateTime recordedAt, BigDecimal[] scores) {
        }
        Map<UUID, Latest> latest = new HashMap<>();
        Map<String, Object> withKind = new HashMap<>(params);
        withKind.put("followUp", SurveyKind.FOLLOW_UP);
        for (Object[] r : rows("SELECT s.caseId, s.takenOn, s.recordedAt, s.composite, s.economic, "
                + "s.social, s.psychosocial FROM Survey s, MonitoredCase c WHERE c.caseId = s.caseId "
                + "AND s.kind = :followUp AND " + cohort, withKind)) {
            Latest candidate = new Latest((LocalDate) r[1], (OffsetDateTime) r[2],
                    new BigDecimal[] { (BigDecimal) r[3], (BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6] });
            latest.merge((UUID) r[0], candidate, (a, b) -> b.takenOn().isAfter(a.takenOn())
                    || b.takenOn().equals(a.takenOn()) && b.recordedAt().isAfter(a.recordedAt()) ? b : a);
        }
        latest.forEach((caseId, l) -> {
            Member member = members.get(caseId);
            if (member == null) {
                return;
            }
            Counts counts = groups.get(member.group());
            for (int m = 0; m < MEASURES.size(); m++) {
                counts.scores.get(MEASURES.get(m)).get(band(l.scores()[m])).add(member.month(), 1);
            }
        });
    }

    /** The band of a score from 0 to 1: [0, 0.2), [0.2, 0.4), …, [0.8, 1]. */
    static String band(BigDecimal score) {
        int index = Math.min(score.multiply(BigDecimal.valueOf(5)).intValue(), BANDS.size() - 1);
        return BANDS.get(Math.max(index, 0));
    }

    private static StatisticsView.Group group(String name, Counts c) {
        Map<AlertKind, String> alerts = new EnumMap<>(AlertKind.class);
        c.alerts.forEach((k, n) -> alerts.put(k, n.shown()));
        Map<String, Map<String, String>> scores = new LinkedHashMap<>();
        c.scores.forEach((measure, bands) -> {
            Map<String, String> shown = new LinkedHashMap<>();
            bands.forEach((band, n) -> shown.put(band, n.shown()));
            scores.put(measure, shown);
        });
        return new StatisticsView.Group(name, c.returns.shown(), new StatisticsView.FollowUps(c.onTime.shown(),
                c.late.shown(), c.overdue.shown(), c.missed.shown()), alerts, scores);
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
