package dev.avrr.cases.eligibility;

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

import dev.avrr.cases.casefile.CaseResponses;
import dev.avrr.cases.casefile.CaseViews;
import dev.avrr.cases.casefile.records.EligibilityInput;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/cases")
@Tag(name = "Eligibility")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    @Inject
    EligibilityAssessment eligibility;

    @POST
    @Path("/{id}/eligibility-assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Assess eligibility for the vulnerable groups programme: each category's rule met or "
            + "failed, ages on the assessment date; again to re-assess before submission (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EligibilityInput.class),
            examples = @ExampleObject(name = "medical-needs", externalValue = "examples/eligibility/assess-medical-needs.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "medical-needs", externalValue = "examples/eligibility-assessed.json")))
    public Response assess(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EligibilityInput input) {
        return CaseResponses.caseworker(eligibility.assess(id, ifMatch, input));
    }
}
