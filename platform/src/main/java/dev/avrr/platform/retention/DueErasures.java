package dev.avrr.platform.retention;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jboss.logging.Logger;

import dev.avrr.platform.faults.EventRejectedException;
import io.micrometer.core.instrument.Counter;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The run of a retention job that erases people whose period has passed (docs/retention.md): the next batch of those
 * due (at most {@link #BATCH}, each batch read in a transaction of its own), each erased in a transaction of its own
 * and counted; one that cannot be erased now (the database away) is left for the next run and not tried again in this
 * one; nothing of the person is logged, only how many and why.
 */
public final class DueErasures {

    /** The most a batch may hold. */
    public static final int BATCH = 100;
    private static final int MAX_BATCHES = 200;

    private DueErasures() {
    }

    /**
     * Erases what is due now; how many were erased. {@code due} answers the next batch, leaving out the ids given (those
     * that failed in this run); {@code erase} erases one, false when it is no longer due.
     */
    public static int run(String what, Logger log, Counter removed, Function<Set<UUID>, List<UUID>> due,
            Predicate<UUID> erase) {
        Set<UUID> failed = new LinkedHashSet<>();
        RuntimeException firstFailure = null;
        int erased = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<UUID> next = QuarkusTransaction.requiringNew().call(() -> due.apply(Set.copyOf(failed)));
            for (UUID id : next) {
                try {
                    if (QuarkusTransaction.requiringNew().call(() -> erase.test(id))) {
                        erased++;
                        removed.increment();
                    }
                } catch (RuntimeException e) {
                    failed.add(id);
                    firstFailure = firstFailure == null ? e : firstFailure;
                }
            }
            if (next.size() < BATCH) {
                break;
            }
        }
        if (firstFailure != null) {
            log.warnf("Retention of %d %s not applied now: %s", failed.size(), what,
                    EventRejectedException.safeReason(firstFailure));
        }
        return erased;
    }
}
