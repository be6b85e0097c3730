package dev.avrr.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Creates the service's own test database, fresh, on the local PostgreSQL server and points the application
 * at it. Server settings come from the environment: {@code AVRR_TEST_PG_HOST} (127.0.0.1),
 * {@code AVRR_TEST_PG_PORT} (5432), {@code AVRR_TEST_PG_USER} (postgres), {@code AVRR_TEST_PG_PASSWORD} (empty).
 * The database name is the init argument {@code database}, followed by {@code AVRR_TEST_DB_SUFFIX} if set. Flyway migrates as that server user (the owner); the
 * service runs as the role {@code <database>_runtime}, as it runs as its runtime role in production.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String RUNTIME_PASSWORD = "runtime-test-only";

    private String database = "avrr_test";

    @Override
    public void init(Map<String, String> initArgs) {
        // AVRR_TEST_DB_SUFFIX keeps two builds on one machine (a CI clone and a working copy) out of each other's
        // databases.
        database = initArgs.getOrDefault("database", database) + env("AVRR_TEST_DB_SUFFIX", "");
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Test database name must be a plain lower-case identifier");
        }
    }

    @Override
    public Map<String, String> start() {
        String host = env("AVRR_TEST_PG_HOST", "127.0.0.1");
        String port = env("AVRR_TEST_PG_PORT", "5432");
        String user = env("AVRR_TEST_PG_USER", "postgres");
        String password = env("AVRR_TEST_PG_PASSWORD", "");
        String serverUrl = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
            // The service runs as a role of its own, as in production; the server's user migrates (the owner).
            s.execute("DROP ROLE IF EXISTS " + runtimeRole());
            s.execute("CREATE ROLE " + runtimeRole() + " LOGIN PASSWORD '" + RUNTIME_PASSWORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("No PostgreSQL server answered at " + host + ":" + port + " as user '"
                    + user + "'. Start it (pg_ctlcluster --skip-systemctl-redirect <version> main start) or set "
                    + "AVRR_TEST_PG_HOST, AVRR_TEST_PG_PORT, AVRR_TEST_PG_USER and AVRR_TEST_PG_PASSWORD. Cause: "
                    + e.getMessage(), e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":" + port + "/" + database,
                "quarkus.datasource.username", runtimeRole(),
                "quarkus.datasource.password", RUNTIME_PASSWORD,
                "quarkus.flyway.jdbc-url", "jdbc:postgresql://" + host + ":" + port + "/" + database,
                "quarkus.flyway.username", user,
                // Flyway takes its own credentials only with a password; a server that trusts the loopback
                // ignores it.
                "quarkus.flyway.password", password.isEmpty() ? "trusted" : password,
                "quarkus.datasource.devservices.enabled", "false",
                // The retention jobs run when a test runs them, never by the clock in the middle of another test.
                "avrr.retention.every", "off");
    }

    /** The role the service runs as: reads and writes its tables, no DDL, the audit trail append-only. */
    private String runtimeRole() {
        return database + "_runtime";
    }

    @Override
    public void stop() {
        // The database stays for inspection after the run; the next run recreates it.
    }

    /**
     * A connection to the same database as the service's, as the owner that migrates it: for a test that shows what
     * the database itself refuses, whatever the role.
     */
    public static Connection asOwner(javax.sql.DataSource service) throws SQLException {
        String url;
        try (Connection c = service.getConnection()) {
            url = c.getMetaData().getURL();
        }
        return DriverManager.getConnection(url, env("AVRR_TEST_PG_USER", "postgres"), env("AVRR_TEST_PG_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
