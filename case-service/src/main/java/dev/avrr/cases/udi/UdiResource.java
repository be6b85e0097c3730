package dev.avrr.cases.udi;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseResponses;
import dev.avrr.cases.casefile.CaseViews;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/cases")
@Tag(name = "UDI decision")
@Produces(MediaType.APPLICATION_JSON)
public class UdiResource {

    @Inject
    UdiDecisions udi;

    @POST
    @Path("/{id}/udi-submission")
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Submit a Norwegian case to UDI: it must be assessed eligible, the signed application "
            + "recorded and the person's consent to share with UDI standing (role: caseworker)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "submitted", externalValue = "examples/submitted-to-udi.json")))
    @APIResponse(responseCode = "409", description = "The state or a guard refused: the problem names them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return CaseResponses.caseworker(udi.submit(id, ifMatch));
    }

    @POST
    @Path("/{id}/udi-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UDI)
    @Operation(summary = "Record UDI's decision on a case submitted to it: approval, or rejection with its reason "
            + "and legal basis — the reason stays with UDI and the applicant (role: udi)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UdiDecisionInput.class),
            examples = {
                    @ExampleObject(name = "approval", externalValue = "examples/udi/decide-approval.json"),
                    @ExampleObject(name = "rejection", externalValue = "examples/udi/decide-rejection.json") }))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.UdiView.class),
                    examples = {
                            @ExampleObject(name = "approval", externalValue = "examples/udi-decided-approved.json"),
                            @ExampleObject(name = "rejection", externalValue = "examples/udi-decided-rejected.json") }))
    public Response decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UdiDecisionInput input) {
        return udiView(udi.decide(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/une-appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UDI)
    @Operation(summary = "Record that the applicant appealed UDI's rejection to UNE (role: udi)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UneAppealInput.class),
            examples = @ExampleObject(name = "appeal", externalValue = "examples/udi/appeal-appeal.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.UdiView.class),
                    examples = @ExampleObject(name = "appeal", externalValue = "examples/une-appealed.json")))
    public Response appeal(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UneAppealInput input) {
        return udiView(udi.appeal(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/une-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UDI)
    @Operation(summary = "Record UNE's decision on the appeal: APPROVED overturns the rejection, REJECTED upholds "
            + "it (role: udi)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UdiDecisionInput.class),
            examples = @ExampleObject(name = "overturned", externalValue = "examples/udi/decide-approval.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.UdiView.class),
                    examples = @ExampleObject(name = "overturned", externalValue = "examples/une-overturned.json")))
    public Response uneDecision(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UdiDecisionInput input) {
        return udiView(udi.uneDecision(id, ifMatch, input));
    }

    private static Response udiView(AvrrCase c) {
        return Response.ok(CaseViews.forUdi(c)).tag(ETags.of(c.version)).build();
    }
}
