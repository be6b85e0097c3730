package dev.avrr.referral.intake;

import java.net.URI;
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

import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Idempotency;
import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.security.Roles;

@Path("/api/v1/referrals")
@Tag(name = "Referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    static final String CREATE_EXAMPLE = """
            {
              "jurisdiction": "NO",
              "person": {
                "givenName": "Testa",
                "familyName": "Fiktivsen",
                "dateOfBirth": "1990-01-01",
                "nationality": "ETH",
                "countryOfReturn": "ET"
              }
            }""";

    @Inject
    ReferralService referrals;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Refer a person who may want to return (role: partner; the referral belongs to your org)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateReferral.class),
            examples = @ExampleObject(name = "norway", summary = "A referral on the Norwegian route",
                    value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; a retry with the same Idempotency-Key returns the "
            + "first referral with Idempotent-Replayed: true",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field or missing Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @Parameter(description = "A unique key per referral; reuse it only to retry the same request",
                    required = true) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull CreateReferral command, @Context UriInfo uri) {
        ReferralService.Created created = referrals.create(Idempotency.requireKey(idempotencyKey), command);
        Referral r = created.referral();
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/referrals/" + r.id))
                .tag(ETags.of(r.version))
                .header("Idempotent-Replayed", created.replayed())
                .entity(ReferralView.forPartner(r))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PARTNER, Roles.CASEWORKER })
    @Operation(summary = "Read a referral (roles: partner — own org, status only; caseworker — with the person)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "No such referral, or not yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("id") UUID id) {
        Referral r = referrals.read(id);
        return Response.ok(view(r)).tag(ETags.of(r.version)).build();
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Accept a submitted referral; a case is registered from it (role: caseworker)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "The referral is not submitted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response accept(@PathParam("id") UUID id,
            @Parameter(description = "The ETag you read; optional for this command") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Referral r = referrals.accept(id, ifMatch);
        return Response.ok(view(r)).tag(ETags.of(r.version)).build();
    }

    private ReferralView view(Referral r) {
        return caller.hasRole(Roles.CASEWORKER) ? ReferralView.forCaseworker(r) : ReferralView.forPartner(r);
    }
}
