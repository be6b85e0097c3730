package dev.avrr.cases.export;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;

/**
 * The data subject's access request, four-eyes: recorded by one data-protection officer (on the case, see
 * {@link SubjectExportResource}), released by another, and only then handed out, as JSON or as a page the person
 * can read.
 */
@Path("/api/v1/data-protection/requests")
@Tag(name = "Data protection")
@Produces(MediaType.APPLICATION_JSON)
public class DataProtectionRequestResource {

    @Inject
    DataProtectionRequests requests;

    @Inject
    ObjectMapper json;

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Read a data subject's request: who recorded and who released it, and when (role: dpo)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DataProtectionRequestView.class),
            examples = @ExampleObject(name = "recorded", externalValue = "examples/export/access-request-recorded.json")))
    public DataProtectionRequestView read(@PathParam("id") UUID id) {
        return DataProtectionRequestView.of(requests.read(id), requests);
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Release the result of a request: by another officer than the one who recorded it; an access "
            + "request's package is assembled now and kept as released, the export audited and noted in the case's "
            + "history; an erasure erases case-service's part and is announced to the other services, which erase "
            + "theirs and confirm (role: dpo)")
    @APIResponse(responseCode = "200", description = "Released", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataProtectionRequestView.class),
            examples = @ExampleObject(name = "recorded", externalValue = "examples/export/access-request-recorded.json")))
    @APIResponse(responseCode = "403", description = "The officer who recorded the request (four eyes)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Released already (already-released), another service's answer "
            + "not arrived yet (parts-awaited, naming the services awaited), or, for an erasure, something stands in "
            + "the way (erasure-blocked, naming the blockers and what to do)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DataProtectionRequestView release(@PathParam("id") UUID id) {
        return DataProtectionRequestView.of(requests.release(id), requests);
    }

    @GET
    @Path("/{id}/package")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "The released package, as JSON: for each service that holds the person's data — case, "
            + "referral, grant, monitoring — what it holds, since when, why and for whom, the data, and who read them; "
            + "UDI's decisions as outcome and date only (their reasons are UDI's part: POST "
            + "/api/v1/cases/{id}/subject-export/udi-part); ask for text/html for a page the person can read (role: dpo)")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessPackage.class),
                    examples = @ExampleObject(name = "closed-case", externalValue = "examples/export/access-package.json")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING)) })
    @APIResponse(responseCode = "409", description = "Not released yet (not-released), or an erasure, which has no "
            + "package (no-package)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String packageJson(@PathParam("id") UUID id) {
        return requests.released(id).releasedPackage;
    }

    @GET
    @Path("/{id}/package")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.DPO)
    public String packageHtml(@PathParam("id") UUID id) throws JsonProcessingException {
        DataProtectionRequest released = requests.released(id);
        return PackageHtml.render(released, json.readTree(released.releasedPackage));
    }
}
