package dev.avrr.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class NowTest {

    @Test
    void aFixedClockGivesTheRulesTheChosenDayUntilItIsGivenBack() {
        Instant lateOnNewYearsEve = Instant.parse("2030-12-31T23:30:00.123456789Z");
        try (Now.Fixed fixed = Now.fixedAt(lateOnNewYearsEve)) {
            assertEquals(LocalDate.of(2030, 12, 31), Now.today(), "today is the date in UTC");
            assertEquals(OffsetDateTime.parse("2030-12-31T23:30:00.123456Z"), Now.time(),
                    "times keep PostgreSQL's precision, microseconds");
            assertEquals(ZoneOffset.UTC, Now.time().getOffset());
            assertEquals(Instant.parse("2030-12-31T23:30:00.123456Z"), Now.instant());
        }
        assertTrue(Duration.between(Now.instant(), Instant.now()).abs().toSeconds() < 5, "the system clock is back");
    }

    @Test
    void aDayStartsAtMidnightUtc() {
        assertEquals(OffsetDateTime.parse("2026-03-02T00:00:00Z"), Now.startOf(LocalDate.of(2026, 3, 2)));
    }
}
