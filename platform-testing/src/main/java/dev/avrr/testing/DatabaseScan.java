package dev.avrr.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * What a service's database holds, read as its owner: for a test that shows a person's values are gone from every
 * table, as a backup of it would show them.
 */
public final class DatabaseScan {

    private DatabaseScan() {
    }

    /**
     * The scopes of a table whose rows in that order no index gives (each with its plan): the plan PostgreSQL chooses
     * for the first 20 rows when it may sort or scan the whole table only if nothing else can answer.
     */
    public static List<String> scopesSorted(DataSource service, String table, String order, List<String> scopes) {
        List<String> sorted = new ArrayList<>();
        try (Connection c = PostgresTestResource.asOwner(service); Statement s = c.createStatement()) {
            s.execute("SET enable_sort = off");
            s.execute("SET enable_seqscan = off");
            for (String scope : scopes) {
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery(
                        "EXPLAIN SELECT * FROM " + table + " WHERE " + scope + " ORDER BY " + order + " LIMIT 20")) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                if (plan.indexOf("Sort") >= 0 || plan.indexOf("Index") < 0) {
                    sorted.add(scope + ":\n" + plan);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sorted;
    }

    /** Rows as text, their columns joined by "|", read as the database's owner. */
    public static List<String> rows(DataSource service, String sql, Object... parameters) {
        try (Connection c = PostgresTestResource.asOwner(service)) {
            return rows(c, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where in the database (table.column) each value is found in clear: every text and JSON column of public. */
    public static List<String> valuesInClear(DataSource service, List<String> values) {
        List<String> found = new ArrayList<>();
        try (Connection c = PostgresTestResource.asOwner(service)) {
            for (String column : rows(c, "SELECT table_name, column_name FROM information_schema.columns WHERE "
                    + "table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'json', "
                    + "'jsonb') ORDER BY table_name, column_name")) {
                String[] tc = column.split("\\|");
                StringBuilder sql = new StringBuilder("SELECT ");
                for (int i = 0; i < values.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append("count(*) FILTER (WHERE \"").append(tc[1])
                            .append("\"::text LIKE ?)");
                }
                sql.append(" FROM \"").append(tc[0]).append('"');
                String[] counts = rows(c, sql.toString(), values.stream().map(v -> "%" + v + "%").toArray())
                        .get(0).split("\\|");
                for (int i = 0; i < values.size(); i++) {
                    if (!"0".equals(counts[i])) {
                        found.add(tc[0] + "." + tc[1] + ": " + values.get(i));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /**
     * The stored values of one column for the rows {@code where} selects ({@code id -> stored}), read as the owner:
     * what a backup taken now would hold.
     */
    public static Map<String, String> backup(DataSource service, String table, String idColumn, String column,
            String where, Object... parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection c = PostgresTestResource.asOwner(service);
                PreparedStatement ps = c.prepareStatement("SELECT " + idColumn + "::text, " + column + " FROM " + table
                        + " WHERE " + column + " IS NOT NULL AND (" + where + ")")) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    /** Writes values {@link #backup} took back into their rows, as the owner: that backup restored. */
    public static void restore(DataSource service, String table, String idColumn, String column,
            Map<String, String> values) {
        try (Connection c = PostgresTestResource.asOwner(service);
                PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE "
                        + idColumn + "::text = ?")) {
            for (Map.Entry<String, String> value : values.entrySet()) {
                ps.setString(1, value.getValue());
                ps.setString(2, value.getKey());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rows(Connection c, String sql, Object... parameters) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(String.join("|", row));
                }
            }
        }
        return rows;
    }
}
