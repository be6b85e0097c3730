package dev.avrr.cases.handover;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.cases.casefile.CaseResponses;
import dev.avrr.cases.casefile.CaseViews;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/cases")
@Tag(name = "Consent and application")
@Produces(MediaType.APPLICATION_JSON)
public class MissionHandoverResource {

    @Inject
    MissionHandover handover;

    @POST
    @Path("/{id}/mission-handover")
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Hand the case over to the IOM mission of the country of return, while the person's "
            + "consent to share for the return stands; from then on the mission sees what it needs in every service "
            + "(role: caseworker). 409 return-consent-missing without that consent, already-handed-over, case-ended")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "handed over", externalValue = "examples/case-handed-over.json")))
    public Response handOver(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return CaseResponses.caseworker(handover.handOver(id, ifMatch));
    }
}
