package dev.avrr.platform.statistics;

import java.util.Map;
import java.util.TreeMap;

/**
 * One figure counted in its smallest cells — the calendar months of a period, the rows of a total — so that it is
 * shown with {@link Suppression#total}: as a number only when no cell is small.
 */
public final class Tally {

    private final Map<String, Long> cells = new TreeMap<>();

    /** Adds {@code n} to the cell named {@code cell} (a month such as 2026-03, or a row's name). */
    public Tally add(String cell, long n) {
        cells.merge(cell, n, Long::sum);
        return this;
    }

    /** A tally over this one's cells and the other's, each kept apart (named {@code prefix/cell}). */
    public Tally with(String prefix, Tally other) {
        other.cells.forEach((cell, n) -> add(prefix + "/" + cell, n));
        return this;
    }

    public long sum() {
        return cells.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether no cell is small, so the sum may be shown. */
    public boolean showable() {
        return Suppression.shows(cells.values());
    }

    /** The figure as shown: the sum, {@value Suppression#SMALL} or {@value Suppression#WITHHELD}. */
    public String shown() {
        return Suppression.total(cells.values());
    }
}
