package dev.avrr.cases.registration;

import java.net.URI;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.cases.casefile.CaseResponses;
import dev.avrr.cases.casefile.CaseViews;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Idempotency;
import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/cases")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    CaseRegistration registration;

    @Inject
    HouseholdRectification household;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Register a case for a person who applied to IOM directly; the case belongs to your "
            + "office, on the Norwegian route (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterCase.class),
            examples = {
                    @ExampleObject(name = "vulnerable-groups", externalValue = "examples/registration/register-vulnerable-groups.json"),
                    @ExampleObject(name = "udi-standard", summary = "UDI's standard programme, with a deadline",
                            externalValue = "examples/registration/register-udi-standard.json") }))
    @APIResponse(responseCode = "201", description = "Registered; a retry with the same Idempotency-Key returns "
            + "the first case with Idempotent-Replayed: true",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = { @ExampleObject(name = "vulnerable-groups", externalValue = "examples/registered.json"), @ExampleObject(name = "udi-standard", externalValue = "examples/registered-udi-standard.json") }))
    @APIResponse(responseCode = "400", description = "An invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Your office runs Swedish cases, which come from the coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(description = "Optional: a unique key per registration, reused only to retry it")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull RegisterCase input, @Context UriInfo uri) {
        CaseRegistration.Registered r = registration.register(idempotencyKey, input);
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/cases/" + r.c().id))
                .tag(ETags.of(r.c().version))
                .header("Idempotent-Replayed", r.replayed())
                .entity(CaseViews.forCaseworker(r.c()))
                .build();
    }

    @PUT
    @Path("/{id}/programme")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Choose the programme of a Norwegian case before it goes to UDI; send If-Match "
            + "(role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChangeProgramme.class),
            examples = @ExampleObject(name = "udi-standard",
                    externalValue = "examples/registration/change-programme-udi-standard.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "udi-standard", externalValue = "examples/programme-changed.json")))
    public Response changeProgramme(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ChangeProgramme change) {
        return CaseResponses.caseworker(registration.changeProgramme(id, ifMatch, change));
    }

    @PUT
    @Path("/{id}/household/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Rectify a traveller's personal data, the applicant's (identity numbers included) by the "
            + "applicant's member id, with the reason; dates of birth and relations are fixed once the approval was "
            + "announced; every service that holds the traveller applies the correction; send If-Match "
            + "(role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MemberInput.class),
            examples = @ExampleObject(name = "member", externalValue = "examples/registration/rectify-member.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "member-rectified", externalValue = "examples/household.json")))
    public Response rectify(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull MemberInput input) {
        return CaseResponses.caseworker(household.rectify(id, memberId, ifMatch, input));
    }

    @POST
    @Path("/{id}/household")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Add a household member who travels with the applicant, before departure and before the "
            + "approval was announced (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MemberInput.class),
            examples = @ExampleObject(name = "member", externalValue = "examples/registration/add-member.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "member-added", externalValue = "examples/household.json")))
    public Response addMember(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MemberInput input) {
        return CaseResponses.caseworker(household.add(id, ifMatch, input));
    }
}
