package dev.avrr.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;

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
import dev.avrr.vocabulary.Roles;

/** The audit trail of this service, for the auditor. */
@Path("/api/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditEntries entries;

    /** OpenAPI only: {@code @Schema(implementation)} cannot name {@code Page<AuditEntry>}; this mirrors it. */
    @Schema(name = "AuditEntryPage")
    record AuditEntryPage(List<AuditEntry> items, int page, int size, long totalItems,
            @Schema(description = Page.CAPPED) boolean totalItemsCapped) {
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
                      "page": 0, "size": 20, "totalItems": 1, "totalItemsCapped": false }""")))
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
        return entries.find(resourceType, resourceId, from, to, request);
    }
}
