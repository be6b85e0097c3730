package dev.avrr.monitoring.notifications;

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
 * docs/retention.md: a notification's delivery to a subscriber, once delivered, given up or cancelled, is removed
 * after the webhook deliveries' period; a pending one, however old, is still sent; the notification itself stays.
 */
@QuarkusTest
class NotificationRetentionTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RetentionJob job;

    @Test
    void finishedDeliveriesPastTheirPeriodGoPendingOnesStay() throws Exception {
        long seq = notification();
        UUID oldDelivered = delivery(seq, "DELIVERED", "91 days");
        UUID oldFailed = delivery(seq, "FAILED", "120 days");
        UUID recentDelivered = delivery(seq, "DELIVERED", "1 day");
        UUID oldPending = delivery(seq, "PENDING", "200 days");

        Map<String, Long> removed = job.run();

        assertTrue(removed.get("notification-deliveries") >= 2, removed.toString());
        assertEquals(0, count("notification_delivery", "id", oldDelivered));
        assertEquals(0, count("notification_delivery", "id", oldFailed));
        assertEquals(1, count("notification_delivery", "id", recentDelivered));
        assertEquals(1, count("notification_delivery", "id", oldPending), "still to be sent");
        assertEquals(1, count("notification", "seq", seq), "the notification stays");
    }

    private long notification() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO notification (id, case_id, kind, subject_id, created_at, office, audience, item_kind, "
                        + "href) VALUES (?, NULL, 'WORK_ITEM_OPENED', ?, now() - INTERVAL '200 days', 'iom-oslo', "
                        + "'CASEWORKER', 'REFERRAL_TO_ACCEPT', '/api/v1/referrals/x') RETURNING seq")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, UUID.randomUUID());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private UUID delivery(long seq, String status, String age) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO notification_delivery (id, notification_seq, subscription_id, payload, status, "
                        + "created_at) VALUES (?, ?, ?, '{}', ?, now() - CAST(? AS INTERVAL))")) {
            ps.setObject(1, id);
            ps.setLong(2, seq);
            ps.setObject(3, UUID.randomUUID());
            ps.setString(4, status);
            ps.setString(5, age);
            ps.executeUpdate();
        }
        return id;
    }

    private int count(String table, String column, Object value) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM " + table + " WHERE " + column + "::text = ?")) {
            ps.setString(1, value.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
