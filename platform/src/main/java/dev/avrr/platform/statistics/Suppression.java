package dev.avrr.platform.statistics;

import java.util.Collection;

/**
 * The one small-cell rule of every statistic, figure and report (see {@code docs/statistics.md}).
 * <ul>
 * <li>A count from 1 to 4 is shown as {@value #SMALL} (primary suppression); 0 stays 0.</li>
 * <li>A figure that is the sum of parts — a period of its calendar months, a total of its rows, a money total of
 * the people it was paid to — is shown only if every part would be shown by itself. Otherwise it is
 * {@value #WITHHELD} (secondary suppression): subtracting the shown parts from it would give the suppressed one,
 * and even "it is below 5" would bound the small parts. A figure whose only non-zero part is small is that part,
 * shown as {@value #SMALL}.</li>
 * </ul>
 * Together with {@link ReportingPeriod} (calendar months, quarters and years only), every figure anyone is shown
 * is a sum of calendar-month cells that are each 0 or at least {@value #THRESHOLD}, so no combination of shown
 * figures recovers a suppressed one.
 */
public final class Suppression {

    /** The smallest count shown as a number. */
    public static final int THRESHOLD = 5;
    /** How a count from 1 to {@code THRESHOLD − 1} is shown. */
    public static final String SMALL = "<" + THRESHOLD;
    /** How a figure is shown that would reveal a suppressed part. */
    public static final String WITHHELD = "suppressed";

    private Suppression() {
    }

    /** Whether a count is too small to be shown: from 1 to {@code THRESHOLD − 1}. */
    public static boolean small(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count is never negative");
        }
        return count > 0 && count < THRESHOLD;
    }

    /** A count shown by itself: "0", the number, or {@value #SMALL}. */
    public static String count(long count) {
        return small(count) ? SMALL : Long.toString(count);
    }

    /** A count made of the given parts (their sum): the sum if no part is small, otherwise suppressed. */
    public static String total(Collection<Long> parts) {
        long sum = 0;
        int nonZero = 0;
        boolean anySmall = false;
        for (long part : parts) {
            sum += part;
            anySmall |= small(part);
            nonZero += part > 0 ? 1 : 0;
        }
        if (!anySmall) {
            return Long.toString(sum);
        }
        // One small part alone is the cell itself; with others, even "<5" would bound the small ones.
        return nonZero == 1 ? SMALL : WITHHELD;
    }

    /** Whether a figure over the given parts (counts of people or records behind it) may be shown. */
    public static boolean shows(Collection<Long> parts) {
        return parts.stream().noneMatch(Suppression::small);
    }
}
