package dev.avrr.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.faults.Failures;
import dev.avrr.platform.faults.Failures.Kind;
import dev.avrr.platform.problem.Problems;

/** One row per kind of failure a consumer meets, and what it means for the event. */
class FailuresTest {

    /** As the inbox meets them: wrapped by the transaction, the persistence layer or the claim. */
    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("wrapped", new RuntimeException("persistence", cause));
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // Poison: the event is at fault, no retry changes that.
                Arguments.of("unreadable or invalid event", new EventRejectedException("invalid"), Kind.POISON),
                Arguments.of("refused by a domain rule", wrapped(Problems.rule("some-rule", "refused")), Kind.POISON),
                // Transient: the infrastructure is at fault; waited out.
                Arguments.of("server unreachable (08001)", wrapped(new SQLException("refused", "08001")), Kind.TRANSIENT),
                Arguments.of("connection lost (08006)", wrapped(new SQLException("i/o", "08006")), Kind.TRANSIENT),
                Arguments.of("serialization failure (40001)", wrapped(new SQLException("s", "40001")), Kind.TRANSIENT),
                Arguments.of("deadlock (40P01)", wrapped(new SQLException("d", "40P01")), Kind.TRANSIENT),
                Arguments.of("too many connections (53300)", wrapped(new SQLException("c", "53300")), Kind.TRANSIENT),
                Arguments.of("lock not available (55P03)", wrapped(new SQLException("l", "55P03")), Kind.TRANSIENT),
                Arguments.of("admin shutdown (57P01)", wrapped(new SQLException("a", "57P01")), Kind.TRANSIENT),
                Arguments.of("read-only during failover (25006)", wrapped(new SQLException("r", "25006")),
                        Kind.TRANSIENT),
                Arguments.of("pool acquisition timeout (no state)",
                        wrapped(new SQLTransientConnectionException("timeout")), Kind.TRANSIENT),
                Arguments.of("network", wrapped(new ConnectException("refused")), Kind.TRANSIENT),
                Arguments.of("optimistic lock conflict",
                        wrapped(new jakarta.persistence.OptimisticLockException("stale")), Kind.TRANSIENT),
                Arguments.of("lock timeout", wrapped(new jakarta.persistence.LockTimeoutException("t")), Kind.TRANSIENT),
                Arguments.of("broker timeout", wrapped(new org.apache.kafka.common.errors.TimeoutException("t")),
                        Kind.TRANSIENT),
                // Unknown: retried a few times, then parked.
                Arguments.of("unique violation (23505)", wrapped(new SQLException("u", "23505")), Kind.UNKNOWN),
                Arguments.of("data exception (22021)", wrapped(new SQLException("nul", "22021")), Kind.UNKNOWN),
                Arguments.of("a bug", new NullPointerException(), Kind.UNKNOWN));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("table")
    void eachFailureHasItsKind(String what, Throwable failure, Kind kind) {
        assertEquals(kind, Failures.of(failure), what);
    }

    /** A database whose every connection attempt fails, or one that answers. */
    private static DataSource database(boolean answers) {
        return (DataSource) Proxy.newProxyInstance(FailuresTest.class.getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (!answers) {
                        throw new SQLException("refused", "08001");
                    }
                    return Proxy.newProxyInstance(FailuresTest.class.getClassLoader(),
                            new Class<?>[] { Connection.class }, (c, m, a) -> m.getName().equals("isValid") ? true : null);
                });
    }

    @Test
    void aFailureOfNoParticularKindIsTransientWhileTheDatabaseDoesNotAnswer() {
        // What PostgreSQL says while it refuses connections to a database: a state of no transient class.
        Throwable refusing = wrapped(new SQLException("database is not currently accepting connections", "55000"));
        assertEquals(Kind.UNKNOWN, Failures.of(refusing));
        assertEquals(Kind.TRANSIENT, Failures.of(refusing, database(false)));
        assertEquals(Kind.UNKNOWN, Failures.of(refusing, database(true)), "a real error while the database answers");
        // A handler may hide the driver's error in its own: while the database is away that is waited out too.
        assertEquals(Kind.TRANSIENT, Failures.of(new IllegalStateException("could not load the case"),
                database(false)));
        assertEquals(Kind.UNKNOWN, Failures.of(new IllegalStateException("a bug"), database(true)),
                "with the database answering, judged as it is");
        // A refusal stays a refusal whatever the database does.
        assertEquals(Kind.POISON, Failures.of(new EventRejectedException("invalid"), database(false)));
    }

    @Test
    void aCommitOnACutConnectionIsTransientThoughTheDriversErrorIsOnlySuppressed() {
        // What the transaction manager throws when the connection was cut before the commit.
        RuntimeException rollback = new RuntimeException("Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("This connection has been closed.", "08003"));
        rollback.addSuppressed(xa);
        assertEquals(Kind.TRANSIENT, Failures.of(rollback));
    }

    @Test
    void theRefusalAlwaysWinsOverItsCause() {
        Throwable chain = wrapped(new SQLException("refused", "08001", new EventRejectedException("invalid")));
        assertEquals(Kind.POISON, Failures.of(chain));
    }

    @Test
    void onlyTheInboxsFinalRefusalIsParked() {
        assertTrue(ParkPoison.poison(new RuntimeException(new EventRejectedException("refused"))));
        assertFalse(ParkPoison.poison(new Inbox.ConsumerStopping()));
        assertFalse(ParkPoison.poison(wrapped(new SQLException("refused", "08001"))));
    }
}
