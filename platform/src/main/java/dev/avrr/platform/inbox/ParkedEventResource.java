package dev.avrr.platform.inbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.http.QueryParams;
import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;

/**
 * The events this service's consumers parked, for the operator (role {@code admin}): list them, redrive one, a
 * subject's or all, or discard one with a reason (docs/architecture.md, parked events). Ids, types, subjects and
 * reasons only: never the event's data.
 */
@Path("/api/v1/parked-events")
@Tag(name = "Parked events")
@Produces(MediaType.APPLICATION_JSON)
public class ParkedEventResource {

    private static final String VIEW_EXAMPLE = """
            { "consumer": "grant-service.case-events", "eventId": "0b7e6f2a-3c1d-4e5f-8a9b-0c1d2e3f4a5b",
              "type": "avrr.case.approved.v1", "subject": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21", "status": "PARKED",
              "reason": "Event 0b7e6f2a-3c1d-4e5f-8a9b-0c1d2e3f4a5b (avrr.case.approved.v1) is invalid: appliedBeforeDepartureDeadline must not be null",
              "parkedAt": "2026-03-02T09:16:00Z" }""";
    private static final String OUTCOME_EXAMPLE = "{ \"applied\": 2, \"parkedAgain\": 0, \"stillHeld\": 0 }";

    /** A parked event as the operator sees it. */
    @Schema(name = "ParkedEvent")
    public record View(String consumer, UUID eventId, String type, String subject, ParkedEvents.Status status,
            String reason, OffsetDateTime parkedAt, OffsetDateTime resolvedAt, String resolvedBy, String resolution) {

        static View of(ParkedEvents.Entry e) {
            return new View(e.consumer(), e.eventId(), e.type(), e.subject(), e.status(), e.reason(), e.parkedAt(),
                    e.resolvedAt(), e.resolvedBy(), e.resolution());
        }
    }

    /** OpenAPI only: {@code @Schema(implementation)} cannot name {@code Page<View>}; this mirrors it. */
    @Schema(name = "ParkedEventPage")
    record ViewPage(List<View> items, int page, int size, long totalItems,
            @Schema(description = Page.CAPPED) boolean totalItemsCapped) {
    }

    /** Why the operator discards an event. */
    @Schema(name = "DiscardParkedEvent")
    public record Discard(@NotBlank @Size(max = 500) String reason) {
    }

    @Inject
    ParkedEvents parked;

    @Inject
    Redrive redrive;

    @Inject
    AuditTrail audit;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List the events this service's consumers parked or hold, newest first (role: admin)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ViewPage.class), examples = @ExampleObject(name = "parked",
                    value = "{ \"items\": [ " + VIEW_EXAMPLE + " ], \"page\": 0, \"size\": 20, \"totalItems\": 1 }")))
    public Page<View> list(@QueryParam("status") @Size(max = 10) String status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        ParkedEvents.Status s = QueryParams.enumValue("status", status, ParkedEvents.Status.class);
        Page<ParkedEvents.Entry> found = parked.list(s, request);
        audit.successAll(AuditTrail.READ, Redrive.RESOURCE, found.items().stream().map(e -> e.eventId()).toList());
        return found.map(View::of);
    }

    @POST
    @Path("/{consumer}/{eventId}/redrive")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Redrive a parked event once its cause is fixed, then the events held behind it (role: "
            + "admin)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Redrive.Outcome.class),
            examples = @ExampleObject(name = "redriven", value = OUTCOME_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such parked event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The event is not parked (held, redriven or discarded)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Redrive.Outcome redriveOne(@PathParam("consumer") @Size(max = 100) String consumer,
            @PathParam("eventId") UUID eventId) {
        return redrive.one(consumer, eventId);
    }

    @POST
    @Path("/redrive")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Redrive every parked event, oldest first, or those of one subject (a case or referral id) "
            + "(role: admin)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Redrive.Outcome.class),
            examples = @ExampleObject(name = "redriven", value = OUTCOME_EXAMPLE)))
    public Redrive.Outcome redriveAll(@QueryParam("subject") @Size(max = 100) String subject) {
        return redrive.all(subject == null || subject.isBlank() ? null : subject);
    }

    @POST
    @Path("/{consumer}/{eventId}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Discard a parked event with a reason; the events held behind it follow (role: admin)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "discard", value = "{ \"reason\": \"Superseded: case-service published a corrected approval\" }")))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Redrive.Outcome.class),
            examples = @ExampleObject(name = "discarded",
                    value = "{ \"applied\": 1, \"parkedAgain\": 0, \"stillHeld\": 0 }")))
    @APIResponse(responseCode = "404", description = "No such parked event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The event is not parked (held, redriven or discarded)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Redrive.Outcome discard(@PathParam("consumer") @Size(max = 100) String consumer,
            @PathParam("eventId") UUID eventId, @Valid @NotNull Discard discard) {
        return redrive.discard(consumer, eventId, discard.reason().trim());
    }
}
