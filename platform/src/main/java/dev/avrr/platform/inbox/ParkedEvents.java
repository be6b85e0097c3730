package dev.avrr.platform.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;

/**
 * The events each consumer of this service parked: refused for good (PARKED), or kept back behind such an event
 * of the same subject (HELD), so that a case's events are never applied out of order; and how each was resolved
 * (REDRIVEN, DISCARDED). Rows name the event (id, type, subject) and the kind of failure, never data from it; the
 * event itself is kept as consumed, its personal part sealed.
 */
@ApplicationScoped
public class ParkedEvents {

    /** The states of a parked event. */
    @Schema(name = "ParkedEventStatus")
    public enum Status {
        PARKED, HELD, REDRIVEN, DISCARDED
    }

    /** One parked event. */
    public record Entry(String consumer, UUID eventId, String type, String subject, Status status, String reason,
            String value, OffsetDateTime parkedAt, OffsetDateTime resolvedAt, String resolvedBy, String resolution) {
    }

    /** What a consumer has parked and held now, and since when. */
    public record Backlog(String consumer, long parked, long held, OffsetDateTime oldest) {
    }

    private static final String COLUMNS = "consumer, event_id, event_type, subject, status, reason, event_value, "
            + "parked_at, resolved_at, resolved_by, resolution";
    private static final String UPSERT = "INSERT INTO parked_event (consumer, event_id, event_type, subject, status, "
            + "reason, event_value) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (consumer, event_id) DO UPDATE SET "
            + "status = EXCLUDED.status, reason = EXCLUDED.reason, resolved_at = NULL, resolved_by = NULL, "
            + "resolution = NULL";

    @Inject
    DataSource dataSource;

    /**
     * The id of an open (parked or held) event of the same subject that came before this one, if any: while there
     * is one, this event is held too.
     */
    Optional<UUID> blocker(String consumer, EventEnvelope event) {
        if (event.subject() == null) {
            return Optional.empty();
        }
        String sql = "SELECT event_id FROM parked_event WHERE consumer = ? AND subject = ? AND status IN ('PARKED', "
                + "'HELD') AND event_id <> ? AND parked_at < COALESCE((SELECT parked_at FROM parked_event WHERE "
                + "consumer = ? AND event_id = ?), 'infinity') ORDER BY parked_at LIMIT 1";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, consumer);
            ps.setString(2, event.subject());
            ps.setObject(3, event.id());
            ps.setString(4, consumer);
            ps.setObject(5, event.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the parked events", e);
        }
    }

    void hold(String consumer, EventEnvelope event, String value, UUID blocker) {
        write(consumer, event.id(), event.type(), event.subject(), Status.HELD,
                "Held behind parked event " + blocker + " of the same subject", value);
    }

    void park(String consumer, UUID id, String type, String subject, String value, String reason) {
        write(consumer, id, type, subject, Status.PARKED, reason, value);
    }

    private void write(String consumer, UUID id, String type, String subject, Status status, String reason,
            String value) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, consumer);
            ps.setObject(2, id);
            ps.setString(3, type.length() > 150 ? type.substring(0, 150) : type);
            ps.setString(4, subject == null || subject.length() > 100 ? null : subject);
            ps.setString(5, status.name());
            ps.setString(6, reason.length() > 500 ? reason.substring(0, 500) : reason);
            // PostgreSQL text cannot hold NUL; only an unreadable event can carry one raw.
            ps.setString(7, value.replace("\u0000", "\\u0000"));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not park an event", e);
        }
    }

    public Optional<Entry> find(String consumer, UUID eventId) {
        List<Entry> found = query("SELECT " + COLUMNS + " FROM parked_event WHERE consumer = ? AND event_id = ?",
                consumer, eventId);
        return found.stream().findFirst();
    }

    /** The held events of a subject, in the order they arrived. */
    public List<Entry> heldBehind(String consumer, String subject) {
        return subject == null ? List.of()
                : query("SELECT " + COLUMNS + " FROM parked_event WHERE consumer = ? AND subject = ? AND status = "
                        + "'HELD' ORDER BY parked_at", consumer, subject);
    }

    /** The parked (not held) events, oldest first; of one subject if it is given. */
    public List<Entry> parked(String subject) {
        return subject == null
                ? query("SELECT " + COLUMNS + " FROM parked_event WHERE status = 'PARKED' ORDER BY parked_at")
                : query("SELECT " + COLUMNS + " FROM parked_event WHERE status = 'PARKED' AND subject = ? "
                        + "ORDER BY parked_at", subject);
    }

    public Page<Entry> list(Status status, PageRequest page) {
        String where = status == null ? "" : " WHERE status = '" + status.name() + "'";
        List<Entry> items = query("SELECT " + COLUMNS + " FROM parked_event" + where
                + " ORDER BY parked_at DESC, event_id LIMIT " + page.size() + " OFFSET " + page.offset());
        long total;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM parked_event" + where);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the parked events", e);
        }
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Marks an event resolved: redriven, or discarded with the operator's reason. */
    void resolve(Entry entry, Status status, String by, String resolution) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE parked_event SET status = ?, resolved_at = now(), resolved_by = ?, resolution = ? "
                        + "WHERE consumer = ? AND event_id = ?")) {
            ps.setString(1, status.name());
            ps.setString(2, by);
            ps.setString(3, resolution);
            ps.setString(4, entry.consumer());
            ps.setObject(5, entry.eventId());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not resolve a parked event", e);
        }
    }

    /** Per consumer: how many events are parked and held, and since when the oldest waits. */
    public List<Backlog> backlog() {
        List<Backlog> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT consumer, count(*) FILTER (WHERE status = 'PARKED'), count(*) FILTER (WHERE status = 'HELD'), "
                        + "min(parked_at) FROM parked_event WHERE status IN ('PARKED', 'HELD') GROUP BY consumer "
                        + "ORDER BY consumer");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(new Backlog(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getTimestamp(4).toInstant().atOffset(ZoneOffset.UTC)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the parked events", e);
        }
        return found;
    }

    private List<Entry> query(String sql, Object... params) {
        List<Entry> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Entry(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), Status.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                            time(rs, 8), time(rs, 9), rs.getString(10), rs.getString(11)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the parked events", e);
        }
        return found;
    }

    private static OffsetDateTime time(ResultSet rs, int column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }
}
