package dev.avrr.cases.assessment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import dev.avrr.cases.casefile.CaseResponses;
import dev.avrr.cases.casefile.CaseViews;
import dev.avrr.cases.casefile.records.FamilyTracing;
import dev.avrr.cases.casefile.records.NeedsInventory;
import dev.avrr.cases.casefile.records.RiskAssessment;
import dev.avrr.platform.http.ETags;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/cases")
@Tag(name = "Assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    Assessments assessments;

    @PUT
    @Path("/{id}/needs-inventory")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Record the needs inventory (Behovsinventering): needs found and whether support is "
            + "confirmed in the home country; send If-Match (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NeedsInventory.class),
            examples = @ExampleObject(name = "inventory", externalValue = "examples/assessment/needs-inventory-inventory.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "inventory", externalValue = "examples/needs-inventoried.json")))
    public Response needsInventory(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NeedsInventory input) {
        ETags.require(ifMatch);
        return CaseResponses.caseworker(assessments.needsInventory(id, ifMatch, input));
    }

    @PUT
    @Path("/{id}/reintegration-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Record the reference of the reintegration plan drafted in grant-service "
            + "(Återintegrationsplan); send If-Match (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanReference.class),
            examples = @ExampleObject(name = "plan", externalValue = "examples/assessment/plan-plan.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "plan", externalValue = "examples/plan-drafted.json")))
    public Response plan(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlanReference input) {
        ETags.require(ifMatch);
        return CaseResponses.caseworker(assessments.plan(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/risk-assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Record a risk assessment (Riskhantering): level, risks, mitigations; the latest counts, "
            + "and HIGH blocks travel until a new assessment lowers it (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RiskAssessment.class),
            examples = @ExampleObject(name = "medium", externalValue = "examples/assessment/risk-assessment-medium.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "medium", externalValue = "examples/risk-assessed.json")))
    public Response riskAssessment(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RiskAssessment input) {
        return CaseResponses.caseworker(assessments.riskAssessment(id, ifMatch, input));
    }

    @PUT
    @Path("/{id}/family-tracing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Record family tracing for a minor: outcome, who receives the child, the best-interests "
            + "determination; send If-Match (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FamilyTracing.class),
            examples = @ExampleObject(name = "found", externalValue = "examples/assessment/family-tracing-found.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "found", externalValue = "examples/family-traced.json")))
    public Response familyTracing(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FamilyTracing input) {
        ETags.require(ifMatch);
        return CaseResponses.caseworker(assessments.familyTracing(id, ifMatch, input));
    }
}
