package dev.avrr.platform.workqueue;

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
import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;

/** The caller's work queue in this service (docs/work-queues.md): one shape in every service. */
@Path("/api/v1/work-queue")
@Tag(name = "Work queue")
@Produces(MediaType.APPLICATION_JSON)
public class WorkQueueResource {

    @Inject
    WorkQueue queue;

    /** OpenAPI only: {@code @Schema(implementation)} cannot name {@code Page<WorkItem>}; this mirrors it. */
    @Schema(name = "WorkItemPage")
    record WorkItemPage(List<WorkItem> items, int page, int size, long totalItems,
            @Schema(description = Page.CAPPED) boolean totalItemsCapped) {
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.COORDINATOR, Roles.COUNSELLOR, Roles.UDI, Roles.MISSION, Roles.FINANCE })
    @Operation(summary = "Your work in this service, newest first, paged, with a count; optionally of one kind. "
            + "Scoped by the sharing rule: only what you may see (roles: caseworker, coordinator, counsellor, udi, "
            + "mission, finance — each has its own kinds; see docs/work-queues.md)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WorkItemPage.class),
            examples = @ExampleObject(name = "alert", value = """
                    { "items": [ { "kind": "ALERT_TO_ACKNOWLEDGE",
                                   "subjectId": "8e3a6a01-2f4d-4a51-9c6e-5d9f0a1b2c34",
                                   "caseId": "3f9a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                                   "since": "2026-11-02T10:00:00Z",
                                   "href": "/api/v1/monitoring/alerts/8e3a6a01-2f4d-4a51-9c6e-5d9f0a1b2c34" } ],
                      "page": 0, "size": 20, "totalItems": 1, "totalItemsCapped": false }""")))
    @APIResponse(responseCode = "400", description = "A kind this service does not know",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<WorkItem> list(@QueryParam("kind") @Size(max = 40) String kind, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return queue.page(kind == null || kind.isBlank() ? null : kind.trim(), PageRequest.of(page, size));
    }
}
