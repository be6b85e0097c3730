package dev.avrr.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;

/** Reads this service's audit trail, oldest first, filtered by resource and time. */
@ApplicationScoped
public class AuditEntries {

    @Inject
    DataSource dataSource;

    /** A page of the entries about a type and id of resource (each optional) between two times (each optional). */
    public Page<AuditEntry> find(String type, String id, OffsetDateTime from, OffsetDateTime to, PageRequest request) {
        String where = " WHERE (CAST(? AS VARCHAR) IS NULL OR resource_type = ?) "
                + "AND (CAST(? AS VARCHAR) IS NULL OR resource_id = ?) "
                + "AND (CAST(? AS TIMESTAMPTZ) IS NULL OR occurred_at >= ?) "
                + "AND (CAST(? AS TIMESTAMPTZ) IS NULL OR occurred_at < ?)";
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_entry" + where)) {
                bind(ps, type, id, from, to);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditEntry> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, occurred_at, actor, roles, org, action, "
                    + "resource_type, resource_id, correlation_id, outcome FROM audit_entry" + where
                    + " ORDER BY occurred_at, id LIMIT ? OFFSET ?")) {
                int next = bind(ps, type, id, from, to);
                ps.setInt(next, request.size());
                ps.setInt(next + 1, request.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new AuditEntry(rs.getLong(1),
                                rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getString(10)));
                    }
                }
            }
            return new Page<>(items, request.page(), request.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }

    private static int bind(PreparedStatement ps, String type, String id, OffsetDateTime from, OffsetDateTime to)
            throws SQLException {
        ps.setString(1, type);
        ps.setString(2, type);
        ps.setString(3, id);
        ps.setString(4, id);
        Timestamp f = from == null ? null : Timestamp.from(from.toInstant());
        Timestamp t = to == null ? null : Timestamp.from(to.toInstant());
        ps.setTimestamp(5, f);
        ps.setTimestamp(6, f);
        ps.setTimestamp(7, t);
        ps.setTimestamp(8, t);
        return 9;
    }
}
