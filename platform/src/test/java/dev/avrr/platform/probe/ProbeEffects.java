package dev.avrr.platform.probe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** What the probe consumer did, read from its table. */
final class ProbeEffects {

    private ProbeEffects() {
    }

    /** The sequence numbers of a key's effects, in the order they were applied. */
    static List<Integer> sequences(DataSource dataSource, String key) throws SQLException {
        List<Integer> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT sequence FROM probe_effect WHERE subject = ? ORDER BY position")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getInt(1));
                }
            }
        }
        return found;
    }

    /** A count about one key: the query's one parameter is the key. */
    static int count(DataSource dataSource, String sql, String key) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
