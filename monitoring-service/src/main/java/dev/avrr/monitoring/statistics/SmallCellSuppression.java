package dev.avrr.monitoring.statistics;

// Issue 6 (statistics without personal data) and DOMAIN.md (anonymous statistics are kept when personal data go): a count from 1 to threshold − 1 (1 to 4) is shown as "<5", so no one can be singled out; 0 stays 0.
public final class SmallCellSuppression {

    private SmallCellSuppression() {
    }

    public static String show(long count, int threshold) {
        if (count < 0) {
            throw new IllegalArgumentException("A count is never negative");
        }
        if (count == 0) {
            return "0";
        }
        return count < threshold ? "<" + threshold : Long.toString(count);
    }
}
