package dev.avrr.platform.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long the platform's tables keep what they hold (docs/retention.md), as ISO-8601 durations
 * ({@code AVRR_RETENTION_*}). The inbox keeps an event id longer than the topics keep the event (30 days), so a
 * consumer reset to the earliest offset still applies each event once.
 */
@ConfigMapping(prefix = "avrr.retention")
public interface RetentionConfig {

    /** An outbox row after it was published: the event is on the topic, the row is only a copy. */
    @WithDefault("P7D")
    Duration publishedOutbox();

    /** An inbox row: the id of an event a consumer applied. */
    @WithDefault("P60D")
    Duration inbox();

    /** An idempotency key: how long a client may retry a create with the same key and get the same answer. */
    @WithDefault("P30D")
    Duration idempotencyKeys();

    /** A parked event an operator redrove or discarded. */
    @WithDefault("P90D")
    Duration resolvedParkedEvents();

    /**
     * A webhook delivery that was delivered, given up or cancelled, with its attempts: referral-service's to the
     * partners, monitoring-service's to the offices' and missions' subscribers. A pending one is never removed.
     */
    @WithDefault("P90D")
    Duration webhookDeliveries();

    /**
     * A referral declined or withdrawn, never become a case: its person is erased when this has passed since
     * (referral-service).
     */
    @WithDefault("P365D")
    Duration declinedOrWithdrawnReferrals();

    /**
     * A resident of a reception centre with nothing recorded about them (registration, decision, conversation,
     * outcome) for this long: the counselling has ended, and the resident is erased (referral-service).
     */
    @WithDefault("P1096D")
    Duration counselledResidents();

    /**
     * A case closed, withdrawn or absconded: its people are erased in every service when this has passed since it
     * ended (case-service starts the erasure).
     */
    @WithDefault("P1826D")
    Duration endedCases();

    /** An audit entry; the database refuses to remove one younger than five years, whatever is configured. */
    @WithDefault("P3653D")
    Duration auditEntries();

    /** How often the job runs. */
    @WithDefault("1h")
    String every();
}
