package dev.avrr.platform.outbox;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The outbox relay's settings ({@code avrr.outbox.*}). */
@ConfigMapping(prefix = "avrr.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay at all. */
    @WithDefault("true")
    boolean relayEnabled();

    /** The fallback poll, for events committed by another instance of the same service. */
    @WithDefault("500ms")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /** First wait after a failed publish; doubles up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("15s")
    Duration maxBackoff();

    /** How long the relay waits for the broker's acknowledgement of a batch. */
    @WithDefault("20s")
    Duration ackTimeout();

    /** Extra Kafka producer properties. */
    Map<String, String> producer();
}
