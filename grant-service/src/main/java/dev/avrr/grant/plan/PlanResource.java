package dev.avrr.grant.plan;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.grant.access.ReasonInput;
import dev.avrr.grant.plan.PlanTransitions.Command;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1")
@Tag(name = "Reintegration plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    Plans plans;

    @POST
    @Path("/entitlements/{id}/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MISSION)
    @Operation(summary = "Draft a beneficiary's reintegration plan with the returnee; a child's support is its own "
            + "plan on the child's entitlement (role: mission, for its country's returnees)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanInput.class),
            examples = @ExampleObject(name = "tailoring", externalValue = "examples/plan/create-tailoring.json")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanView.class),
            examples = @ExampleObject(name = "tailoring", externalValue = "examples/plan-drafted.json")))
    @APIResponse(responseCode = "422", description = "A rule refused a line (the problem names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("id") UUID entitlementId, @Valid @NotNull PlanInput input,
            @Context UriInfo uri) {
        PlanView p = plans.create(entitlementId, input);
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/plans/" + p.id())).tag(ETags.of(p.version()))
                .entity(p).build();
    }

    @GET
    @Path("/entitlements/{id}/plans")
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "The plans of an entitlement, oldest first (roles: mission, caseworker, within their scope)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "approved-tailoring", externalValue = "examples/plans.json")))
    public List<PlanView> forEntitlement(@PathParam("id") UUID entitlementId) {
        return plans.forEntitlement(entitlementId);
    }

    @GET
    @Path("/plans/{planId}")
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "Read a plan with what each line has left (roles: mission, caseworker, within their scope)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanView.class),
            examples = @ExampleObject(name = "approved-with-payment", externalValue = "examples/plan-with-payment.json")))
    public Response read(@PathParam("planId") UUID planId) {
        return respond(plans.read(planId));
    }

    @PUT
    @Path("/plans/{planId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MISSION)
    @Operation(summary = "Replace a draft or returned plan's content; send If-Match with the ETag you read "
            + "(role: mission)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanInput.class),
            examples = @ExampleObject(name = "tailoring", externalValue = "examples/plan/create-tailoring.json")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanView.class),
            examples = @ExampleObject(name = "edited-draft", externalValue = "examples/plan-edited.json")))
    public Response update(@PathParam("planId") UUID planId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlanInput input) {
        return respond(plans.update(planId, ifMatch, input));
    }

    @POST
    @Path("/plans/{planId}/submission")
    @RolesAllowed(Roles.MISSION)
    @Operation(summary = "Submit a plan to the caseworker for approval (role: mission)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanView.class),
            examples = @ExampleObject(name = "submitted", externalValue = "examples/plan-submitted.json")))
    public Response submit(@PathParam("planId") UUID planId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(plans.command(planId, Command.SUBMIT, ifMatch, null));
    }

    @POST
    @Path("/plans/{planId}/approval")
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Approve a submitted plan, so that its in-kind support may be paid after the arrival; "
            + "case-service lets travel be booked once the plan the case refers to is approved (role: caseworker of "
            + "the case's office)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanView.class),
            examples = @ExampleObject(name = "approved", externalValue = "examples/plan-approved.json")))
    public Response approve(@PathParam("planId") UUID planId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(plans.command(planId, Command.APPROVE, ifMatch, null));
    }

    @POST
    @Path("/plans/{planId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Return a submitted plan to the mission for changes, with a reason (role: caseworker of "
            + "the case's office)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonInput.class),
            examples = @ExampleObject(name = "return", externalValue = "examples/plan/return-plan-return.json")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanView.class),
            examples = @ExampleObject(name = "returned", externalValue = "examples/plan-returned.json")))
    public Response returnPlan(@PathParam("planId") UUID planId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReasonInput input) {
        return respond(plans.command(planId, Command.RETURN, ifMatch, input.reason()));
    }

    private static Response respond(PlanView p) {
        return Response.ok(p).tag(ETags.of(p.version())).build();
    }
}
