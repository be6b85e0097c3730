package dev.avrr.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which outbox rows the relay may mark: exactly the acknowledged prefix of a batch. */
class AcknowledgedPrefixTest {

    private static final long SOON = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);

    private static Future<RecordMetadata> acked() {
        return CompletableFuture.completedFuture(null);
    }

    private static Future<RecordMetadata> failed(Exception e) {
        return CompletableFuture.failedFuture(e);
    }

    @Test
    void allAcknowledged() {
        OutboxRelay.Acknowledged result = OutboxRelay.acknowledgedPrefix(List.of(acked(), acked(), acked()), null, SOON);
        assertEquals(3, result.count());
        assertNull(result.failure());
    }

    @Test
    void recordsSentBeforeASendFailureAreStillCountedWhenAcknowledged() {
        TimeoutException sendFailure = new TimeoutException("metadata not available");
        OutboxRelay.Acknowledged result = OutboxRelay.acknowledgedPrefix(List.of(acked(), acked()), sendFailure, SOON);
        assertEquals(2, result.count(), "the two acknowledged records are marked, not sent again");
        assertSame(sendFailure, result.failure());
    }

    @Test
    void nothingAfterTheFirstUnacknowledgedRecordCounts() {
        OutboxRelay.Acknowledged result = OutboxRelay.acknowledgedPrefix(
                List.of(acked(), failed(new TimeoutException("expired")), acked()), null, SOON);
        assertEquals(1, result.count(), "the third stays pending behind the second: per-key order");
    }

    @Test
    void anAcknowledgementThatDoesNotArriveInTimeStopsThePrefix() {
        OutboxRelay.Acknowledged result = OutboxRelay.acknowledgedPrefix(
                List.of(acked(), new CompletableFuture<>()), null, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50));
        assertEquals(1, result.count());
    }
}
