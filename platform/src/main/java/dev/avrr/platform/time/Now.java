package dev.avrr.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one source of the time the rules see: times in UTC at PostgreSQL's precision (microseconds), today's date in
 * UTC (due dates, ages and deadlines are dates). It reads a {@link Clock} — the system's, unless a test fixes it
 * with {@link #fixedAt} to see an age, an overdue follow-up or a deadline on a chosen day. Infrastructure that
 * measures real elapsed time (lag metrics, token expiry, polling) reads the system clock itself.
 */
public final class Now {

    private static volatile Clock clock = Clock.systemUTC();

    private Now() {
    }

    public static OffsetDateTime time() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public static Instant instant() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * A clock that follows this one — fixed, moved or the system's, whichever holds when it is read — for a library
     * that keeps the clock it is given (Bean Validation's date bounds take theirs once).
     */
    public static Clock clock() {
        return new Following(ZoneOffset.UTC);
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The start of a day, in UTC: a decision or departure dated that day. */
    public static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /**
     * The local stack only ({@link StackClock}): the system clock moved by {@code offset}; zero gives the system
     * clock back.
     */
    static void offset(Duration offset) {
        clock = offset.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), offset);
    }

    /**
     * Tests only: the clock stands still at {@code at} until the returned handle is closed, which gives the system
     * clock back. Fixing the clock affects every service in the JVM, so a test that fixes it runs alone.
     */
    public static Fixed fixedAt(Instant at) {
        clock = Clock.fixed(at, ZoneOffset.UTC);
        return new Fixed();
    }

    private static final class Following extends Clock {

        private final ZoneId zone;

        Following(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Following(other);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }

    /** A fixed clock, given back with {@link #close()}. */
    public static final class Fixed implements AutoCloseable {

        private Fixed() {
        }

        @Override
        public void close() {
            clock = Clock.systemUTC();
        }
    }
}
