package dev.avrr.platform.faults;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.avrr.platform.problem.ProblemException;

/**
 * Which failures of a consumer are waited out and which park the event: the one rule the inbox and the
 * consumers' failure strategy apply (docs/architecture.md, delivery and failures).
 *
 * <ul>
 * <li>{@link Kind#POISON}: the event itself is at fault and no retry will change that — unreadable, invalid
 * against the event contract, from a producer not allowed on the topic ({@link EventRejectedException}), or
 * refused by a domain rule ({@link ProblemException}). It is parked on the consumer's dead-letter topic at
 * once.</li>
 * <li>{@link Kind#TRANSIENT}: the infrastructure is at fault — the database cannot be reached or refused the
 * connection, a serialization failure or deadlock, a lock or statement timeout, the server shutting down, the
 * pool out of connections, an optimistic-lock conflict with a concurrent writer, a network or broker error. The
 * event is kept and retried, with backoff, for as long as the fault lasts.</li>
 * <li>{@link Kind#UNKNOWN}: anything else (a constraint the handler did not expect, a bug). Retried a few
 * times — a concurrent writer may have won a race — then parked with the failure's kind as the reason, unless
 * the database turns out to be unreachable, in which case it is transient after all.</li>
 * </ul>
 */
public final class Failures {

    /** What a failure means for the event. */
    public enum Kind {
        POISON, TRANSIENT, UNKNOWN
    }

    /**
     * SQL state classes and codes of faults that pass: 08 connection exception, 40 transaction rollback
     * (serialization failure, deadlock), 53 insufficient resources, 57 operator intervention (admin shutdown,
     * cannot connect now, statement cancelled), 58 system error, 55P03 lock not available, 55006 object in use,
     * 25006 read-only transaction (a failover in progress).
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57", "58");
    private static final Set<String> TRANSIENT_STATES = Set.of("55P03", "55006", "25006");

    /** Exceptions that say "try again" whatever their cause, by simple class name (no compile dependency). */
    private static final Set<String> TRANSIENT_TYPES = Set.of("OptimisticLockException", "StaleObjectStateException",
            "StaleStateException", "PessimisticLockException", "LockTimeoutException", "QueryTimeoutException",
            "LockAcquisitionException", "JDBCConnectionException", "TransactionTimeoutException",
            "RetriableException", "TimeoutException", "DisconnectException", "NetworkException",
            // The event key of a subject not yet received from its producer's key topic: it arrives.
            "SubjectKeyAwaitedException");

    private Failures() {
    }

    public static Kind of(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            if (t instanceof EventRejectedException || t instanceof ProblemException) {
                return Kind.POISON;
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SQLException sql && transientSqlState(sql.getSQLState())) {
                return Kind.TRANSIENT;
            }
            if (t instanceof IOException || t instanceof InterruptedException || transientType(t.getClass())) {
                return Kind.TRANSIENT;
            }
        }
        return Kind.UNKNOWN;
    }

    /**
     * The kind of a failure, judging one of unknown kind as transient while the database does not answer: it is the
     * database's (a database refusing connections says so with a state of no particular class, and a handler may
     * wrap the driver's error in its own). The inbox and the HTTP answers judge by this one rule.
     */
    public static Kind of(Throwable failure, DataSource database) {
        Kind kind = of(failure);
        if (kind == Kind.UNKNOWN && !reachable(database)) {
            return Kind.TRANSIENT;
        }
        return kind;
    }

    /** Whether the database answers now. */
    public static boolean reachable(DataSource database) {
        try (Connection c = database.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The failure, its causes and what was suppressed along the way (a commit that fails keeps the driver's
     * error as a suppressed XAException), each once.
     */
    static List<Throwable> chain(Throwable failure) {
        List<Throwable> seen = new ArrayList<>();
        Deque<Throwable> next = new ArrayDeque<>();
        if (failure != null) {
            next.add(failure);
        }
        while (!next.isEmpty() && seen.size() < 64) {
            Throwable t = next.poll();
            if (seen.stream().anyMatch(s -> s == t)) {
                continue;
            }
            seen.add(t);
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            next.addAll(List.of(t.getSuppressed()));
        }
        return seen;
    }

    /** An SQL state of a passing fault; no state at all is the pool's or the driver's own (a timeout). */
    static boolean transientSqlState(String state) {
        if (state == null) {
            return true;
        }
        return state.length() == 5 && (TRANSIENT_CLASSES.contains(state.substring(0, 2)) || TRANSIENT_STATES.contains(state));
    }

    private static boolean transientType(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (TRANSIENT_TYPES.contains(c.getSimpleName())) {
                return true;
            }
        }
        return false;
    }
}
