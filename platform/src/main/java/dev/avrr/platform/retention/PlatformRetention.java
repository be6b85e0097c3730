package dev.avrr.platform.retention;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The platform's own tables, in every service: what {@link RetentionConfig} says of each. */
@ApplicationScoped
public class PlatformRetention implements RetentionClasses {

    static final int BATCH = 500;

    @Inject
    RetentionConfig config;

    @Override
    public List<RetentionClass> classes() {
        return List.of(
                new RetentionClass("published-outbox", config.publishedOutbox(), "DELETE FROM outbox_event WHERE "
                        + "position IN (SELECT position FROM outbox_event WHERE published_at < ? LIMIT " + BATCH + ")"),
                new RetentionClass("inbox", config.inbox(), "DELETE FROM inbox_event WHERE (consumer, event_id) IN "
                        + "(SELECT consumer, event_id FROM inbox_event WHERE received_at < ? LIMIT " + BATCH + ")"),
                new RetentionClass("idempotency-keys", config.idempotencyKeys(), "DELETE FROM idempotency_key WHERE "
                        + "(scope, idem_key) IN (SELECT scope, idem_key FROM idempotency_key WHERE created_at < ? "
                        + "LIMIT " + BATCH + ")"),
                new RetentionClass("resolved-parked-events", config.resolvedParkedEvents(), "DELETE FROM parked_event "
                        + "WHERE (consumer, event_id) IN (SELECT consumer, event_id FROM parked_event WHERE status IN "
                        + "('REDRIVEN', 'DISCARDED') AND resolved_at < ? LIMIT " + BATCH + ")"),
                // The audit trail is append-only: only the database's own function removes expired entries.
                new RetentionClass("audit-entries", config.auditEntries(), "SELECT audit_entry_expire(?, " + BATCH
                        + ")"));
    }
}
