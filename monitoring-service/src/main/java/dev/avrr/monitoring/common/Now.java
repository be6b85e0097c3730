package dev.avrr.monitoring.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Times in UTC at the precision PostgreSQL keeps, and today's date in UTC (due dates are dates). */
public final class Now {

    private Now() {
    }

    public static OffsetDateTime time() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
