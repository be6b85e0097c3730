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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/cases")
@Tag(name = "Data protection")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectExportResource {

    @Inject
    SubjectExports exports;

    @Inject
    DataProtectionRequests requests;

    @POST
    @Path("/{id}/access-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Record a data subject's access request for the person of this case: how the person's "
            + "identity was verified, the request's reference; another officer releases it (role: dpo)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DataProtectionRequestInput.class),
            examples = @ExampleObject(name = "access", externalValue = "examples/export/access-request.json")))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataProtectionRequestView.class),
            examples = @ExampleObject(name = "recorded", externalValue = "examples/export/access-request-recorded.json")))
    @APIResponse(responseCode = "404", description = "No case the officer can identify",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case's people were erased (erased): nothing is held on them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("id") UUID caseId, @Valid @NotNull DataProtectionRequestInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(DataProtectionRequestView.of(requests.record(caseId, input), requests)).build();
    }


    @POST
    @Path("/{id}/erasure-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    @Operation(summary = "Record a data subject's erasure request for the people of this ended case: how the person's "
            + "identity was verified, the request's reference; every other service says what stands in the way, and "
            + "another officer releases it (role: dpo)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DataProtectionRequestInput.class),
            examples = @ExampleObject(name = "erasure", externalValue = "examples/export/erasure-request.json")))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataProtectionRequestView.class),
            examples = @ExampleObject(name = "recorded", externalValue = "examples/export/erasure-request-recorded.json")))
    @APIResponse(responseCode = "404", description = "No case the officer can identify",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case has not ended (case-not-ended), or its people were "
            + "erased already (erased)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordErasure(@PathParam("id") UUID caseId, @Valid @NotNull DataProtectionRequestInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(DataProtectionRequestView.of(requests.recordErasure(caseId, input), requests)).build();
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
