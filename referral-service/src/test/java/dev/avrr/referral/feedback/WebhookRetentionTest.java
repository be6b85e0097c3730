package dev.avrr.referral.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.retention.RetentionJob;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/retention.md: a delivery to a partner's webhook, once delivered, given up or cancelled, is removed with its
 * attempts after the webhook deliveries' period; a pending one, however old, is still sent.
 */
@QuarkusTest
class WebhookRetentionTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RetentionJob job;

    @Test
    void finishedDeliveriesPastTheirPeriodGoWithTheirAttemptsPendingOnesStay() throws Exception {
        UUID oldDelivered = delivery("DELIVERED", "91 days");
        UUID oldCancelled = delivery("CANCELLED", "100 days");
        UUID recentFailed = delivery("FAILED", "2 days");
        UUID oldPending = delivery("PENDING", "200 days");

        Map<String, Long> removed = job.run();

        assertTrue(removed.get("webhook-deliveries") >= 2, removed.toString());
        assertEquals(0, count("webhook_delivery", "id", oldDelivered));
        assertEquals(0, count("webhook_attempt", "delivery_id", oldDelivered), "with its attempts");
        assertEquals(0, count("webhook_delivery", "id", oldCancelled));
        assertEquals(1, count("webhook_delivery", "id", recentFailed));
        assertEquals(1, count("webhook_attempt", "delivery_id", recentFailed));
        assertEquals(1, count("webhook_delivery", "id", oldPending), "still to be sent");
    }

    private UUID delivery(String status, String age) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO webhook_delivery (id, org, referral_id, "
                    + "entry_kind, entry_code, payload, status, created_at) VALUES (?, 'ngo-test', ?, 'MILESTONE', "
                    + "'CASE_OPENED', '{}', ?, now() - CAST(? AS INTERVAL))")) {
                ps.setObject(1, id);
                ps.setObject(2, UUID.randomUUID());
                ps.setString(3, status);
                ps.setString(4, age);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO webhook_attempt (delivery_id, attempted_at, "
                    + "status_code, duration_ms) VALUES (?, now() - CAST(? AS INTERVAL), 200, 12)")) {
                ps.setObject(1, id);
                ps.setString(2, age);
                ps.executeUpdate();
            }
        }
        return id;
    }

    private int count(String table, String column, UUID value) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM " + table + " WHERE " + column + " = ?")) {
            ps.setObject(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
