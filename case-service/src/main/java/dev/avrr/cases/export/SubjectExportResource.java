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

import dev.avrr.cases.ApiExamples;
import dev.avrr.platform.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Data protection")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectExportResource {

    @Inject
    SubjectExportService exports;

    @POST
    @Path("/{id}/subject-export")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Export everything held on the person, for the person's own access request, UDI "
            + "decisions' reasons included; audited as an export (role: admin, the data protection function)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExportRequest.class),
            examples = @ExampleObject(name = "request", value = """
                    {"requestReference": "DPR-2026-0042", "identityVerifiedBy": "IOM Oslo reception (fictional)"}""")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubjectExport.class),
            examples = @ExampleObject(name = "closed-case", value = ApiExamples.SUBJECT_EXPORT)))
    public SubjectExport export(@PathParam("id") UUID id, @Valid @NotNull ExportRequest request) {
        return exports.export(id, request);
    }
}
