package dev.avrr.platform.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void countsFromOneToFourAreShownAsLessThanFive() {
        assertEquals("0", Suppression.count(0));
        for (int n = 1; n <= 4; n++) {
            assertEquals("<5", Suppression.count(n));
        }
        assertEquals("5", Suppression.count(5));
        assertEquals("48", Suppression.count(48));
        assertThrows(IllegalArgumentException.class, () -> Suppression.count(-1));
    }

    @Test
    void aTotalThatWouldRevealASmallPartIsWithheld() {
        assertEquals(Suppression.WITHHELD, Suppression.total(List.of(15L, 1L)));
        assertEquals(Suppression.WITHHELD, Suppression.total(List.of(1L, 2L)), "not even bounded below 5");
        assertEquals("<5", Suppression.total(List.of(0L, 3L, 0L)), "one small cell alone is that cell");
        assertEquals("20", Suppression.total(List.of(15L, 5L, 0L)));
        assertEquals("0", Suppression.total(List.of()));
    }

    @Test
    void aTallyKeepsItsCellsApartWhenTotalled() {
        Tally north = new Tally().add("2026-01", 6).add("2026-02", 5);
        Tally south = new Tally().add("2026-01", 1);
        assertEquals("11", north.shown());
        assertEquals("<5", south.shown());
        assertEquals(Suppression.WITHHELD, new Tally().add("2026-01", 1).add("2026-03", 1).shown());
        Tally all = new Tally().with("north", north).with("south", south);
        assertEquals(12, all.sum());
        assertFalse(all.showable());
        assertEquals(Suppression.WITHHELD, all.shown());
    }

    /**
     * The attack of overlapping windows: January to June holds 6 returns, February to June 5, so January held 1.
     * Only fixed periods can be asked for, and every period is shown through its months: the attacker who asks for
     * every month, quarter and half of the year learns nothing exact about the suppressed month.
     */
    @Test
    void theDifferencingAttackOnTheIssuesFiguresRecoversNothing() {
        long[] months = { 1, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
        assertNothingRecovered(months);
        assertEquals(Suppression.WITHHELD, shownFor(ReportingPeriod.quarter(2019, 1), months),
                "the first quarter (6) would give January by subtracting February (5)");
        assertEquals(Suppression.WITHHELD, shownFor(ReportingPeriod.year(2019), months));
        assertEquals("5", shownFor(ReportingPeriod.parse("period", "2019-02"), months));
        assertEquals("<5", shownFor(ReportingPeriod.parse("period", "2019-01"), months));
    }

    @Test
    void noYearOfCountsCanBeRecoveredFromEveryFixedPeriod() {
        Random random = new Random(20261203);
        for (int trial = 0; trial < 300; trial++) {
            long[] months = new long[12];
            int small = 0;
            for (int m = 0; m < 12; m++) {
                int kind = random.nextInt(3);
                if (kind == 0 && small < 6) {
                    months[m] = 1 + random.nextInt(4);
                    small++;
                } else if (kind == 1) {
                    months[m] = 5 + random.nextInt(20);
                }
            }
            assertNothingRecovered(months);
        }
    }

    /**
     * Everything an attacker can ask for (every month, quarter and the year of one figure) is shown; every
     * assignment of 1 to 4 to the suppressed months that gives the same answers is tried; a month is recovered
     * if all of them agree on it.
     */
    private static void assertNothingRecovered(long[] truth) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            periods.add(ReportingPeriod.month(YearMonth.of(2019, m)));
        }
        for (int q = 1; q <= 4; q++) {
            periods.add(ReportingPeriod.quarter(2019, q));
        }
        periods.add(ReportingPeriod.year(2019));
        Map<ReportingPeriod, String> answers = new HashMap<>();
        periods.forEach(p -> answers.put(p, shownFor(p, truth)));

        List<Integer> hidden = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            if (answers.get(periods.get(m)).equals(Suppression.SMALL)) {
                hidden.add(m);
            }
        }
        List<Set<Long>> possible = new ArrayList<>();
        hidden.forEach(h -> possible.add(new HashSet<>()));
        long[] guess = truth.clone();
        int combinations = (int) Math.pow(4, hidden.size());
        for (int c = 0; c < combinations; c++) {
            int code = c;
            for (int h : hidden) {
                guess[h] = 1 + code % 4;
                code /= 4;
            }
            long[] candidate = guess;
            if (periods.stream().allMatch(p -> shownFor(p, candidate).equals(answers.get(p)))) {
                for (int i = 0; i < hidden.size(); i++) {
                    possible.get(i).add(candidate[hidden.get(i)]);
                }
            }
        }
        for (int i = 0; i < hidden.size(); i++) {
            assertTrue(possible.get(i).contains(truth[hidden.get(i)]), "the truth is among the candidates");
            assertTrue(possible.get(i).size() == 4, "month " + (hidden.get(i) + 1) + " of " + java.util.Arrays
                    .toString(truth) + " narrowed to " + possible.get(i));
        }
    }

    private static String shownFor(ReportingPeriod period, long[] months) {
        Tally tally = new Tally();
        period.months().forEach(m -> tally.add(m.toString(), months[m.getMonthValue() - 1]));
        return tally.shown();
    }
}
