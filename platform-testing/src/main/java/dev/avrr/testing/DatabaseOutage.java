package dev.avrr.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real outage of a service's database on the local PostgreSQL server, for fault tests: from {@link #begin}
 * the database refuses every new connection and the open ones are cut (as in a failover or a restart); closing
 * the outage lets connections in again. Server credentials as for {@link PostgresTestResource}.
 */
public final class DatabaseOutage implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]+)/([a-z][a-z0-9_]{0,62})(\\?.*)?");

    private final String serverUrl;
    private final String database;

    private DatabaseOutage(String serverUrl, String database) {
        this.serverUrl = serverUrl;
        this.database = database;
    }

    /** Starts an outage of the database the service's JDBC URL names. */
    public static DatabaseOutage begin(String jdbcUrl) {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a local test database URL: " + jdbcUrl);
        }
        DatabaseOutage outage = new DatabaseOutage("jdbc:postgresql://" + m.group(1) + "/postgres", m.group(2));
        outage.run("ALTER DATABASE " + outage.database + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + outage.database
                        + "' AND pid <> pg_backend_pid()");
        return outage;
    }

    /** Ends the outage: the database accepts connections again. */
    @Override
    public void close() {
        run("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
    }

    private void run(String... statements) {
        String user = env("AVRR_TEST_PG_USER", "postgres");
        String password = env("AVRR_TEST_PG_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change the availability of " + database, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
