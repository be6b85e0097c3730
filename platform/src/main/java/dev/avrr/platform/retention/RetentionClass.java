package dev.avrr.platform.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * One class of data kept for a period and then removed (docs/retention.md): its name (the metric's {@code class}
 * label), the period, and the statement that removes one batch of what is older than the cut-off. The statement
 * takes the cut-off as its one parameter and removes at most a batch, so a job never holds a long lock.
 *
 * @param removeBatch e.g. {@code DELETE FROM t WHERE id IN (SELECT id FROM t WHERE at < ? LIMIT 500)}
 */
public record RetentionClass(String name, Duration period, String removeBatch) {

    public RetentionClass {
        Objects.requireNonNull(name);
        Objects.requireNonNull(removeBatch);
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("The retention period of " + name + " must be positive");
        }
    }
}
