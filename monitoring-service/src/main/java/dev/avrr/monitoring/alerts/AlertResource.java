package dev.avrr.monitoring.alerts;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.http.QueryParams;
import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/monitoring")
@Tag(name = "Protection alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    /** OpenAPI only: the page {@code list} answers, under the name the scanner gives {@code Page<AlertView>}. */
    @Schema(name = "PageAlertView")
    record AlertPage(List<AlertView> items, int page, int size, long totalItems,
            @Schema(description = Page.CAPPED) boolean totalItemsCapped) {
    }

    @Inject
    ProtectionAlerts alerts;

    @GET
    @Path("/alerts")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION })
    @Operation(summary = "The open-alerts list: unresolved alerts, newest first, or those of one status (roles: "
            + "caseworker — alerts of your office's cases; mission — of your country's returnees)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AlertPage.class),
            examples = @ExampleObject(name = "open", summary = "IOM Oslo's caseworker, or the mission in Nigeria: "
                    + "the open alert, without details or steps", externalValue = "examples/alerts.json")))
    public Page<AlertView> list(@QueryParam("status") @Size(max = 20) String status,
            @QueryParam("caseId") @Size(max = 36) String caseId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<ProtectionAlerts.Found> found = alerts.list(QueryParams.enumValue("status", status, AlertStatus.class),
                QueryParams.uuid("caseId", caseId), PageRequest.of(page, size));
        return found.map(AlertView::summary);
    }

    @GET
    @Path("/alerts/{alertId}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION })
    @Operation(summary = "A protection alert with its kind, details and steps (roles: caseworker — your office's "
            + "cases; mission — your country's returnees)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AlertView.class),
            examples = @ExampleObject(name = "open", summary = "Just raised: with its details and first step",
                    externalValue = "examples/alert-open.json")))
    @APIResponse(responseCode = "404", description = "No such alert, or not yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("alertId") UUID alertId) {
        return respond(alerts.read(alertId));
    }

    @POST
    @Path("/cases/{caseId}/alerts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "Raise a protection concern for a returnee at any time after the handover to the mission: "
            + "before departure, during monitoring, after it completed or ended early; once the person withdrew "
            + "their consent to monitoring it is recorded under their vital interests (roles: mission of the "
            + "country of return, caseworker of the sending office)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AlertInput.class),
            examples = @ExampleObject(name = "re-trafficking", externalValue = "examples/alerts/raise-re-trafficking.json")))
    @APIResponse(responseCode = "201", description = "Raised: the alert, which reaches the sending office at once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertView.class),
                    examples = @ExampleObject(name = "re-trafficking", externalValue = "examples/alert-raised.json")))
    @APIResponse(responseCode = "404", description = "No such returnee, or not yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case was not handed over to the mission yet "
            + "(handover-missing)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response raise(@PathParam("caseId") UUID caseId, @Valid @NotNull AlertInput input) {
        ProtectionAlerts.Found found = alerts.raise(caseId, input);
        return Response.status(Response.Status.CREATED).entity(AlertView.full(found))
                .tag(ETags.of(found.alert().version)).build();
    }

    @POST
    @Path("/alerts/{alertId}/acknowledgement")
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Acknowledge an open alert: the sending office has it in hand (role: caseworker of the "
            + "case's office)")
    @APIResponse(responseCode = "200", description = "Acknowledged: the alert as it now stands, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertView.class),
                    examples = @ExampleObject(name = "acknowledged", externalValue = "examples/alert-acknowledged.json")))
    @APIResponse(responseCode = "409", description = "The alert is not open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response acknowledge(@PathParam("alertId") UUID alertId,
            @Parameter(description = "The alert's ETag; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(alerts.acknowledge(alertId, ifMatch));
    }

    @POST
    @Path("/alerts/{alertId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Resolve an acknowledged alert, saying how (role: caseworker of the case's office)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResolveAlert.class),
            examples = @ExampleObject(name = "resolved", externalValue = "examples/alerts/resolve-resolved.json")))
    @APIResponse(responseCode = "200", description = "Resolved: the alert as it now stands, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertView.class),
                    examples = @ExampleObject(name = "resolved", externalValue = "examples/alert-resolved.json")))
    @APIResponse(responseCode = "409", description = "The alert is not acknowledged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resolve(@PathParam("alertId") UUID alertId,
            @Parameter(description = "The alert's ETag; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ResolveAlert resolution) {
        return respond(alerts.resolve(alertId, ifMatch, resolution.note()));
    }

    private static Response respond(ProtectionAlerts.Found found) {
        return Response.ok(AlertView.full(found)).tag(ETags.of(found.alert().version)).build();
    }
}
