package dev.avrr.cases.export;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.vocabulary.Roles;

@Path("/api/v1/cases")
@Tag(name = "Data protection")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectExportResource {

    @Inject
    SubjectExports exports;

    @POST
    @Path("/{id}/subject-export")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Export everything IOM holds on the person, for the person's own access request, UDI's "
            + "decisions as outcome and date only (their reasons are UDI's part: POST .../subject-export/udi-part); "
            + "audited as an export (role: dpo, the data protection function)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExportRequest.class),
            examples = @ExampleObject(name = "request", externalValue = "examples/export/export-request.json")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubjectExport.class),
            examples = @ExampleObject(name = "closed-case", externalValue = "examples/subject-export.json")))
    public SubjectExport export(@PathParam("id") UUID id, @Valid @NotNull ExportRequest request) {
        return exports.export(id, request);
    }

    @POST
    @Path("/{id}/subject-export/udi-part")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UDI)
    @Operation(summary = "UDI's part of the person's access request: UDI's and UNE's decisions in full, reasons and "
            + "legal basis included, for UDI to hand to the person; audited as an export (role: udi, for a case "
            + "submitted to it)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExportRequest.class),
            examples = @ExampleObject(name = "request", externalValue = "examples/export/udi-part-request.json")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UdiSubjectExport.class),
            examples = @ExampleObject(name = "rejected-then-overturned", externalValue = "examples/udi-subject-export.json")))
    public UdiSubjectExport udiPart(@PathParam("id") UUID id, @Valid @NotNull ExportRequest request) {
        return exports.udiPart(id, request);
    }
}
