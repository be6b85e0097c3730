package dev.avrr.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

/** Reads a column as PostgreSQL holds it, to show what is protected at rest. */
public final class StoredColumns {

    private StoredColumns() {
    }

    /** The stored value of {@code column} in the row of {@code table} whose {@code id} is given. */
    public static String value(DataSource db, String table, String column, UUID id) {
        if (!table.matches("[a-z_]+") || !column.matches("[a-z_]+")) {
            throw new IllegalArgumentException("plain identifiers only");
        }
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM " + table + " WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row " + id + " in " + table);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
