package dev.avrr.grant.conversion;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/entitlements/{id}/conversions")
@Tag(name = "Conversions")
@Produces(MediaType.APPLICATION_JSON)
public class ConversionResource {

    @Inject
    Conversions conversions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MISSION)
    @Operation(summary = "Convert part of one category into another under the trafficking leaflet's conversion rules; a refusal is a 422 "
            + "naming the rule (role: mission, for its country's returnees)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConvertInput.class),
            examples = @ExampleObject(name = "accommodation-to-education", externalValue = "examples/conversion/convert-accommodation-to-education.json")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConversionView.class),
            examples = @ExampleObject(name = "accommodation-to-education", externalValue = "examples/conversion.json")))
    @APIResponse(responseCode = "422", description = "A conversion rule refused (the problem names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response convert(@PathParam("id") UUID id,
            @Parameter(description = "The entitlement's ETag; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ConvertInput input, @Context UriInfo uri) {
        ConversionView c = conversions.convert(id, ifMatch, input);
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/entitlements/" + id + "/conversions")).entity(c)
                .build();
    }

    @GET
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER, Roles.FINANCE, Roles.AUDITOR })
    @Operation(summary = "The conversions of an entitlement: who, when, from, to, amount; the reason for mission and "
            + "caseworker only (roles: mission, caseworker, finance, auditor, within their scope)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConversionView.class, type = SchemaType.ARRAY),
            examples = {
                @ExampleObject(name = "mission-or-caseworker", externalValue = "examples/conversions-with-reason.json"),
                @ExampleObject(name = "finance-or-auditor", externalValue = "examples/conversions-without-reason.json") }))
    public List<ConversionView> list(@PathParam("id") UUID id) {
        return conversions.list(id, Roles.MISSION, Roles.CASEWORKER, Roles.FINANCE, Roles.AUDITOR);
    }
}
