package dev.avrr.platform.probe;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.retention.RetentionJob;
import dev.avrr.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/retention.md and docs/deployment.md (the database roles): what outlived its period is removed — a published outbox row, an inbox row, an idempotency key,
 * a resolved parked event — and counted in the metric, while what is younger, not yet published or not yet resolved
 * stays; the audit trail loses nothing younger than five years, and nobody removes an entry but the retention
 * function.
 */
@QuarkusTest
class RetentionTest {

    private static final Pattern REMOVED = Pattern.compile(
            "avrr_retention_removed_total\\{[^}]*class=\"published-outbox\"[^}]*} ([0-9.E]+)");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RetentionJob job;

    @Test
    void whatOutlivedItsPeriodIsRemovedCountedAndTheRestKept() throws Exception {
        UUID oldPublished = outbox("8 days", true);
        UUID recentPublished = outbox("1 day", true);
        UUID oldPending = outbox("100 days", false);
        UUID oldInbox = inbox("61 days");
        UUID recentInbox = inbox("1 day");
        String oldKey = idempotencyKey("31 days");
        String recentKey = idempotencyKey("1 day");
        UUID oldDiscarded = parked("91 days", "DISCARDED");
        UUID oldStillParked = parked("200 days", "PARKED");
        double before = removedOutboxMetric();

        Map<String, Long> removed = job.run();

        assertTrue(removed.get("published-outbox") >= 1, removed.toString());
        assertTrue(removed.get("inbox") >= 1 && removed.get("idempotency-keys") >= 1
                && removed.get("resolved-parked-events") >= 1, removed.toString());
        assertEquals(0, count("outbox_event", "event_id", oldPublished), "a published row past its period");
        assertEquals(1, count("outbox_event", "event_id", recentPublished), "a published row within its period");
        assertEquals(1, count("outbox_event", "event_id", oldPending), "never an event not yet published");
        assertEquals(0, count("inbox_event", "event_id", oldInbox));
        assertEquals(1, count("inbox_event", "event_id", recentInbox));
        assertEquals(0, count("idempotency_key", "idem_key", oldKey));
        assertEquals(1, count("idempotency_key", "idem_key", recentKey));
        assertEquals(0, count("parked_event", "event_id", oldDiscarded));
        assertEquals(1, count("parked_event", "event_id", oldStillParked), "a parked event waits for its operator");
        assertTrue(removedOutboxMetric() >= before + 1, "the removal is counted");
    }

    @Test
    void theAuditTrailLosesNothingYoungerThanFiveYearsAndOnlyThroughItsFunction() throws Exception {
        UUID sixYears = audit("6 years");
        UUID fourYears = audit("4 years");
        assertThrows(SQLException.class, () -> execute("DELETE FROM audit_entry WHERE resource_id = '" + sixYears + "'"),
                "append-only for a plain delete");
        job.run();
        assertEquals(1, count("audit_entry", "resource_id", sixYears), "kept for the configured ten years");

        // Asked to expire everything up to now, the database still keeps the last five years.
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT audit_entry_expire(now(), 500)");
                ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
        }
        assertEquals(0, count("audit_entry", "resource_id", sixYears), "older than five years: expired");
        assertEquals(1, count("audit_entry", "resource_id", fourYears), "younger than five years: kept");
        assertThrows(SQLException.class, () -> execute("UPDATE audit_entry SET outcome = 'SUCCESS' WHERE "
                + "resource_id = '" + fourYears + "'"), "never changed");
    }

    @Test
    void theRuntimeRoleOnlyReadsAndAddsToTheAuditTrailAndChangesNoTablesShape() throws Exception {
        UUID entry = audit("1 day");
        for (String sql : List.of("DELETE FROM audit_entry WHERE resource_id = '" + entry + "'",
                "UPDATE audit_entry SET outcome = 'REFUSED' WHERE resource_id = '" + entry + "'",
                "TRUNCATE audit_entry", "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
                "CREATE TABLE runtime_made (id INTEGER)", "DELETE FROM flyway_schema_history")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(sql), sql);
            // The role's rights refuse it (insufficient privilege, or not the owner), before any trigger.
            assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
        }
        assertEquals(1, count("audit_entry", "resource_id", entry));
        try (Connection c = PostgresTestResource.asOwner(dataSource);
                PreparedStatement ps = c.prepareStatement("DELETE FROM audit_entry WHERE resource_id = ?")) {
            ps.setString(1, entry.toString());
            SQLException refused = assertThrows(SQLException.class, ps::executeUpdate);
            assertTrue(refused.getMessage().contains("append-only"), "the owner meets the trigger");
        }
    }

    private UUID outbox(String age, boolean published) throws SQLException {
        UUID id = UUID.randomUUID();
        execute("INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload, created_at, published_at) "
                + "VALUES ('" + id + "', 'avrr.case', 'k', 'avrr.case.closed.v1', '{}', now() - INTERVAL '" + age
                + "', " + (published ? "now() - INTERVAL '" + age + "'" : "NULL") + ")");
        return id;
    }

    private UUID inbox(String age) throws SQLException {
        UUID id = UUID.randomUUID();
        execute("INSERT INTO inbox_event (consumer, event_id, event_type, received_at) VALUES ('retention-test', '"
                + id + "', 'avrr.case.closed.v1', now() - INTERVAL '" + age + "')");
        return id;
    }

    private String idempotencyKey(String age) throws SQLException {
        String key = UUID.randomUUID().toString();
        execute("INSERT INTO idempotency_key (scope, idem_key, request_hash, created_at) VALUES ('retention-test', '"
                + key + "', '" + "0".repeat(64) + "', now() - INTERVAL '" + age + "')");
        return key;
    }

    private UUID parked(String age, String status) throws SQLException {
        UUID id = UUID.randomUUID();
        boolean resolved = !status.equals("PARKED");
        execute("INSERT INTO parked_event (consumer, event_id, event_type, status, reason, event_value, parked_at, "
                + "resolved_at) VALUES ('retention-test', '" + id + "', 'avrr.case.closed.v1', '" + status
                + "', 'test', '{}', now() - INTERVAL '" + age + "', " + (resolved ? "now() - INTERVAL '" + age + "'"
                        : "NULL") + ")");
        return id;
    }

    private UUID audit(String age) throws SQLException {
        UUID id = UUID.randomUUID();
        execute("INSERT INTO audit_entry (occurred_at, actor, roles, org, action, resource_type, resource_id, outcome) "
                + "VALUES (now() - INTERVAL '" + age + "', 'retention-test', '', NULL, 'read', 'retention-test', '" + id
                + "', 'SUCCESS')");
        return id;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }

    private int count(String table, String column, Object value) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE " + column
                        + "::text = ?")) {
            ps.setString(1, value.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static double removedOutboxMetric() {
        Matcher m = REMOVED.matcher(given().get("/q/metrics").asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

}
