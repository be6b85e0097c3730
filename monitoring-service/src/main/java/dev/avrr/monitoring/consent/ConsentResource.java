package dev.avrr.monitoring.consent;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.monitoring.plans.CaseView;
import dev.avrr.monitoring.plans.PlanItems;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/monitoring")
@Tag(name = "Consent")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

    @Inject
    ConsentWithdrawalStopsMonitoring withdrawal;

    @Inject
    Consents consents;

    @POST
    @Path("/cases/{caseId}/consent-withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "Record that the returnee declines further monitoring: consent withdrawn, open items "
            + "cancelled, monitoring ended early (roles: mission of the country of return; caseworker of the office)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConsentInput.class),
            examples = @ExampleObject(name = "declined", externalValue = "examples/consent/withdraw-declined.json")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class),
            examples = @ExampleObject(name = "ended-early", summary = "Open items cancelled, monitoring ended early",
                    externalValue = "examples/case-ended-early.json")))
    @APIResponse(responseCode = "409", description = "Monitoring is not active",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("caseId") UUID caseId,
            @Parameter(description = "The returnee's ETag; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ConsentInput input) {
        PlanItems.Plan plan = withdrawal.withdraw(caseId, ifMatch, input);
        return Response.ok(CaseView.of(plan.returnee(), plan.items())).tag(ETags.of(plan.returnee().version)).build();
    }

    @GET
    @Path("/cases/{caseId}/consents")
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "The returnee's consent decisions recorded by monitoring: purpose, recipient, when, "
            + "language, who took them (roles: mission — your country's returnees; caseworker — your office's cases)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ConsentView.class),
            examples = {
                    @ExampleObject(name = "feedback-forwarding", summary = "Consents to forward feedback to the office",
                            externalValue = "examples/consents-feedback.json"),
                    @ExampleObject(name = "monitoring-withdrawn", summary = "Consent to monitoring withdrawn",
                            externalValue = "examples/consents-monitoring-withdrawn.json") }))
    public List<ConsentView> list(@PathParam("caseId") UUID caseId) {
        return consents.of(caseId).stream().map(ConsentView::of).toList();
    }
}
