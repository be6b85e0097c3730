package dev.avrr.cases.assessment;

import dev.avrr.cases.casefile.records.FamilyTracing;
import dev.avrr.cases.casefile.records.NeedsInventory;
import dev.avrr.cases.casefile.records.RiskAssessment;
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

import dev.avrr.cases.ApiExamples;
import dev.avrr.cases.casefile.CaseResponses;
import dev.avrr.cases.casefile.CaseViews;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @PUT
    @Path("/{id}/needs-inventory")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Record the needs inventory (Behovsinventering): needs found and whether support is "
            + "confirmed in the home country; send If-Match (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NeedsInventory.class),
            examples = @ExampleObject(name = "inventory", value = """
                    {
                      "needs": [{"category": "HOUSING", "description": "A room for the first months"},
                                {"category": "EDUCATION_OR_LIVELIHOOD", "description": "Tailoring course"}],
                      "supportAvailableInHomeCountry": true,
                      "confirmedWith": "IOM mission in Ethiopia",
                      "assessedOn": "2026-02-01"
                    }""")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "inventory", value = ApiExamples.NEEDS_INVENTORIED)))
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
            examples = @ExampleObject(name = "plan", value = """
                    {"planId": "5b0f3c1e-7d1a-4c5e-9a51-2f1b8f0e6a11", "draftedOn": "2026-02-03"}""")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "plan", value = ApiExamples.PLAN_DRAFTED)))
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
            examples = @ExampleObject(name = "medium", value = """
                    {
                      "level": "MEDIUM",
                      "risks": ["Contact with the former recruiter's network in the home town"],
                      "mitigations": ["Reception by the mission at the airport", "Housing in another town"],
                      "assessedOn": "2026-02-02"
                    }""")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "medium", value = ApiExamples.RISK_ASSESSED)))
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
            examples = @ExampleObject(name = "found", value = """
                    {
                      "outcome": "FAMILY_FOUND",
                      "receiver": {"name": "Testina Fiktivsen", "relationToChild": "mother"},
                      "bestInterests": {"returnInChildsBestInterest": true, "decidedOn": "2026-02-05",
                                        "decidedBy": "Child welfare service (fictional)"},
                      "completedOn": "2026-02-04"
                    }""")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "found", value = ApiExamples.FAMILY_TRACED)))
    public Response familyTracing(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FamilyTracing input) {
        ETags.require(ifMatch);
        return CaseResponses.caseworker(assessments.familyTracing(id, ifMatch, input));
    }
}
