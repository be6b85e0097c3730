package dev.avrr.platform.http;

import dev.avrr.platform.problem.Problems;

/** A validated page request: {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw Problems.invalid("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw Problems.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
