package dev.avrr.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.avrr.platform.correlation.CorrelationId;
import dev.avrr.platform.security.Actor;
import dev.avrr.platform.security.Caller;

/**
 * The append-only record of every read and change of a person's data: who, with which roles and
 * organisation, did what to which record, when, under which correlation id, and how it ended.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String READ = "read";
    public static final String CREATE = "create";
    public static final String UPDATE = "update";
    public static final String EXPORT = "export";
    /** The actor of work done outside a request: event consumers and scheduled jobs. */
    public static final String SYSTEM_ACTOR = Actor.SYSTEM;

    private static final String INSERT = "INSERT INTO audit_entry (actor, roles, org, action, resource_type, resource_id, "
            + "correlation_id, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    DataSource dataSource;

    @Inject
    Caller caller;

    @Inject
    Actor actor;

    /** A successful read or change, recorded in the transaction of the work itself. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void success(String action, String resourceType, Object resourceId) {
        write(action, resourceType, resourceId, AuditOutcome.SUCCESS);
    }

    /**
     * The same successful read or change of several records (the items of a page), one entry each, recorded in the
     * transaction of the work in one round trip to the database.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void successAll(String action, String resourceType, Collection<?> resourceIds) {
        if (resourceIds.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Object id : resourceIds) {
                bind(ps, action, resourceType, id, AuditOutcome.SUCCESS);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit trail", e);
        }
    }

    /** A refused attempt; recorded even though the work itself is rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String action, String resourceType, Object resourceId, AuditOutcome outcome) {
        write(action, resourceType, resourceId, outcome);
    }

    private void write(String action, String resourceType, Object resourceId, AuditOutcome outcome) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            bind(ps, action, resourceType, resourceId, outcome);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit trail", e);
        }
    }

    private void bind(PreparedStatement ps, String action, String resourceType, Object resourceId, AuditOutcome outcome)
            throws SQLException {
        boolean request = actor.isCaller();
        ps.setString(1, request ? caller.subject() : SYSTEM_ACTOR);
        ps.setString(2, request ? String.join(",", caller.roles()) : "");
        ps.setString(3, request ? caller.org().orElse(null) : null);
        ps.setString(4, action);
        ps.setString(5, resourceType);
        ps.setString(6, resourceId == null ? null : resourceId.toString());
        ps.setString(7, CorrelationId.current());
        ps.setString(8, outcome.name());
    }
}
