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

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.http.QueryParams;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Roles;

/** The audit trail of this service, for the auditor. */
@Path("/api/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    DataSource dataSource;

    /** OpenAPI only: {@code @Schema(implementation)} cannot name {@code Page<AuditEntry>}; this mirrors it. */
    @Schema(name = "AuditEntryPage")
    record AuditEntryPage(List<AuditEntry> items, int page, int size, long totalItems) {
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Read the audit trail of this service, filtered by resource and time (role: auditor)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AuditEntryPage.class),
            examples = @ExampleObject(name = "refused-read", value = """
                    { "items": [ { "id": 4711, "occurredAt": "2026-03-02T09:16:00Z", "actor": "user-0815",
                                   "roles": "partner", "org": "ngo-other", "action": "read", "resourceType": "referral",
                                   "resourceId": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21",
                                   "correlationId": "9a1f0e2d-3c4b-4a5d-8e6f-7a8b9c0d1e2f",
                                   "outcome": "NOT_YOURS" } ],
                      "page": 0, "size": 20, "totalItems": 1 }""")))
    public Page<AuditEntry> list(@QueryParam("resourceType") @Size(max = 60) String resourceType,
            @QueryParam("resourceId") @Size(max = 64) String resourceId,
            @QueryParam("from") @Size(max = 40) String fromParam, @QueryParam("to") @Size(max = 40) String toParam,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        OffsetDateTime from = QueryParams.time("from", fromParam);
        OffsetDateTime to = QueryParams.time("to", toParam);
        if (from != null && to != null && from.isAfter(to)) {
            throw Problems.invalid("from", "must not be after 'to'");
        }
        String where = " WHERE (CAST(? AS VARCHAR) IS NULL OR resource_type = ?) "
                + "AND (CAST(? AS VARCHAR) IS NULL OR resource_id = ?) "
                + "AND (CAST(? AS TIMESTAMPTZ) IS NULL OR occurred_at >= ?) "
                + "AND (CAST(? AS TIMESTAMPTZ) IS NULL OR occurred_at < ?)";
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_entry" + where)) {
                bind(ps, resourceType, resourceId, from, to);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditEntry> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, occurred_at, actor, roles, org, action, "
                    + "resource_type, resource_id, correlation_id, outcome FROM audit_entry" + where
                    + " ORDER BY occurred_at, id LIMIT ? OFFSET ?")) {
                int next = bind(ps, resourceType, resourceId, from, to);
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
