package dev.avrr.cases.consent;

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
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/cases")
@Tag(name = "Consent and application")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

    @Inject
    Consents consents;

    @POST
    @Path("/{id}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Record a consent the person gave: to share with UDI (needed before submission), or to "
            + "share for the return again after a withdrawal (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConsentInput.class),
            examples = @ExampleObject(name = "udi", externalValue = "examples/consent/record-udi.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "udi", externalValue = "examples/consent-recorded.json")))
    public Response record(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ConsentInput input) {
        return CaseResponses.caseworker(consents.record(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/consents/{consentId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Record that the person withdrew a consent; what it allowed stops (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConsentWithdrawal.class),
            examples = @ExampleObject(name = "withdrawal", externalValue = "examples/consent/withdraw-withdrawal.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "withdrawn", externalValue = "examples/consent-withdrawn.json")))
    public Response withdraw(@PathParam("id") UUID id, @PathParam("consentId") UUID consentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ConsentWithdrawal input) {
        return CaseResponses.caseworker(consents.withdraw(id, consentId, ifMatch, input));
    }

    @POST
    @Path("/{id}/signed-application")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Record the person's signed application for assisted return (Välgrundat beslut on the "
            + "Swedish route), until the case went to UDI or to travel (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SignedApplicationInput.class),
            examples = @ExampleObject(name = "signed", externalValue = "examples/consent/signed-application-signed.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "signed", externalValue = "examples/application-signed.json")))
    public Response signedApplication(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SignedApplicationInput input) {
        return CaseResponses.caseworker(consents.recordApplication(id, ifMatch, input));
    }
}
