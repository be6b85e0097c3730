package dev.avrr.platform.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.problem.ProblemException;

class ReportingPeriodTest {

    @Test
    void monthsQuartersAndYearsAreRead() {
        ReportingPeriod march = ReportingPeriod.parse("period", "2026-03");
        assertEquals(ReportingPeriod.Kind.MONTH, march.kind());
        assertEquals(LocalDate.of(2026, 3, 1), march.start());
        assertEquals(LocalDate.of(2026, 4, 1), march.end());
        ReportingPeriod q4 = ReportingPeriod.parse("period", " 2025-Q4 ");
        assertEquals(YearMonth.of(2025, 10), q4.first());
        assertEquals(YearMonth.of(2025, 12), q4.last());
        assertEquals(3, q4.months().size());
        assertEquals("2025-Q4", q4.toString());
        ReportingPeriod year = ReportingPeriod.parse("period", "2024");
        assertEquals(12, year.months().size());
        assertTrue(year.contains(LocalDate.of(2024, 12, 31)));
        assertEquals("2024", year.toString());
        assertNull(ReportingPeriod.parse("period", " "));
    }

    @Test
    void freeWindowsAndNonsenseAreRefusedNamingTheField() {
        for (String bad : new String[] { "2026-13", "2026-Q5", "2026-01..2026-03", "2026-03-01", "26", "1850",
                "2026-00", "Q1" }) {
            ProblemException e = assertThrows(ProblemException.class, () -> ReportingPeriod.parse("period", bad), bad);
            assertEquals(400, e.problem().status, bad);
            assertEquals("period", e.problem().violations.get(0).field(), bad);
            assertTrue(e.problem().violations.get(0).message().contains("calendar month"), bad);
        }
    }
}
