package dev.avrr.platform.http;

import java.util.List;

/** One page of a list; lists are never unbounded. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }
}
