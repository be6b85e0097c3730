package dev.avrr.platform.http;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list; lists are never unbounded. {@code totalItems} is exact unless {@code totalItemsCapped}: a long
 * list is counted only up to a limit (docs/architecture.md#bad-input, paging), so its total is then "at least".
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, boolean totalItemsCapped) {

    /** How far a list is counted past the page's start. */
    public static final int COUNT_LIMIT = 1_000;

    /** What {@code totalItemsCapped} means, for the OpenAPI documents. */
    public static final String CAPPED = "true when the list was counted only up to " + COUNT_LIMIT
            + " items past the page's start and holds more: totalItems is then a lower bound";

    /** A page whose total is exact. */
    public Page(List<T> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, false);
    }

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }

    /** The same page, each item shown another way. */
    public <V> Page<V> map(Function<? super T, ? extends V> view) {
        return new Page<>(items.stream().<V>map(view).toList(), page, size, totalItems, totalItemsCapped);
    }

    /** The same page holding other items (the same number, shown another way). */
    public <V> Page<V> with(List<V> shown) {
        return new Page<>(shown, page, size, totalItems, totalItemsCapped);
    }
}
