package dev.avrr.platform.http;

import dev.avrr.platform.problem.Problems;

/**
 * A validated page request: {@code page} from 0 to {@link #MAX_PAGE}, {@code size} from 1 to {@link #MAX_SIZE}, so
 * that the offset is always a valid row number.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 1_000_000;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > MAX_PAGE) {
            throw Problems.invalid("page", "must be between 0 and " + MAX_PAGE);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw Problems.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    /** The first row of the page; at most {@value #MAX_PAGE} × {@value #MAX_SIZE}, well within an int. */
    public int offset() {
        return Math.toIntExact((long) page * size);
    }
}
