package dev.avrr.platform.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.avrr.platform.problem.Problems;

/**
 * The only windows a statistic is given for: a calendar month ({@code 2026-03}), quarter ({@code 2026-Q1}) or year
 * ({@code 2026}). Free windows are refused, because two overlapping windows differ by a few days or months whose
 * count would then be recovered by subtraction (see {@code docs/statistics.md}).
 */
public record ReportingPeriod(Kind kind, YearMonth first, YearMonth last) {

    /** How long the period is. */
    public enum Kind {
        MONTH, QUARTER, YEAR
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** The rule a refused period breaks, for the problem response. */
    public static final String RULE = "must be a calendar month (2026-03), quarter (2026-Q1) or year (2026)";

    public ReportingPeriod {
        if (kind == null || first == null || last == null || last.isBefore(first)) {
            throw new IllegalArgumentException("A reporting period needs a kind and its first and last month in order");
        }
    }

    public static ReportingPeriod month(YearMonth month) {
        return new ReportingPeriod(Kind.MONTH, month, month);
    }

    public static ReportingPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, 3 * (quarter - 1) + 1);
        return new ReportingPeriod(Kind.QUARTER, first, first.plusMonths(2));
    }

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(Kind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /** The period named by {@code text}, or a 400 problem naming {@code field}; null or blank gives null. */
    public static ReportingPeriod parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        Matcher m;
        if ((m = MONTH.matcher(value)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return month(YearMonth.of(year(field, m.group(1)), month));
            }
        } else if ((m = QUARTER.matcher(value)).matches()) {
            return quarter(year(field, m.group(1)), Integer.parseInt(m.group(2)));
        } else if ((m = YEAR.matcher(value)).matches()) {
            return year(year(field, m.group(1)));
        }
        throw Problems.invalid(field, RULE);
    }

    private static int year(String field, String digits) {
        int year = Integer.parseInt(digits);
        if (year < 1900) {
            throw Problems.invalid(field, RULE + ", from 1900");
        }
        return year;
    }

    /** The period's months, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The first day. */
    public LocalDate start() {
        return first.atDay(1);
    }

    /** The day after the last day. */
    public LocalDate end() {
        return last.plusMonths(1).atDay(1);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start()) && day.isBefore(end());
    }

    /** As it is written in a request: 2026-03, 2026-Q1 or 2026. */
    @Override
    public String toString() {
        return switch (kind) {
            case MONTH -> first.toString();
            case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(first.getYear());
        };
    }
}
