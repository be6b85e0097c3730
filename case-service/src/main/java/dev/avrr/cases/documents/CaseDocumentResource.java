package dev.avrr.cases.documents;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.platform.documents.DocumentParty;
import dev.avrr.platform.documents.DocumentUpload;
import dev.avrr.platform.documents.DocumentView;
import dev.avrr.platform.documents.Documents;
import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.vocabulary.Roles;

/**
 * The documents of a case (docs/documents.md): whoever sees the case by the sharing rule — its office's caseworker,
 * the mission once it was handed over, UDI once it was submitted — reads the kinds the documents' table gives its
 * party; caseworker and mission add them. A case the caller does not see, or a document it may not read, is "not
 * found".
 */
@Path("/api/v1/cases/{id}/documents")
@Tag(name = "Documents")
public class CaseDocumentResource {

    @Inject
    CaseAccess access;

    @Inject
    Documents documents;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION })
    @Transactional
    @Operation(summary = "Add a document to the case: a PDF, JPEG or PNG of at most 5 MiB, its type told from its "
            + "content, sealed with the person's key (roles: caseworker of the case's office, mission of the case)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DocumentUpload.class),
            examples = @ExampleObject(name = "signed-application",
                    externalValue = "examples/documents/add-signed-application.json")))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DocumentView.class),
            examples = @ExampleObject(name = "signed-application", externalValue = "examples/documents/added.json")))
    @APIResponse(responseCode = "413", description = "The file is larger than 5 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The file is no PDF, JPEG or PNG",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addCaseDocument(@PathParam("id") UUID id, @Valid @NotNull DocumentUpload input) {
        CaseAccess.Access a = access.forChange(id, null, Audience.CASEWORKER, Audience.MISSION);
        DocumentView added = documents.add(a.c().id, DocumentParty.of(a.audience()), input);
        return Response.created(URI.create("/api/v1/cases/" + id + "/documents/" + added.id())).entity(added).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION, Roles.UDI })
    @Transactional
    @Operation(summary = "The case's documents the caller may read, oldest first: kind, type, size, when and by whom "
            + "(roles: caseworker, mission, UDI — each the kinds its need to know gives it)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentView.class),
            examples = @ExampleObject(name = "two", externalValue = "examples/documents/list.json")))
    public List<DocumentView> caseDocuments(@PathParam("id") UUID id) {
        CaseAccess.Access a = access.find(id, LockModeType.NONE, Audience.CASEWORKER, Audience.MISSION, Audience.UDI);
        return documents.list(a.c().id, DocumentParty.of(a.audience()));
    }

    @GET
    @Path("/{documentId}")
    @Produces({ "application/pdf", "image/jpeg", "image/png" })
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION, Roles.UDI })
    @Transactional
    @Operation(summary = "Download a document of the case, audited (roles: caseworker, mission, UDI — a kind the "
            + "caller may not read is not found)")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "pdf", summary = "The file's bytes, as they were added",
                            value = "%PDF-1.7 …")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response caseDocument(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        CaseAccess.Access a = access.find(id, LockModeType.NONE, Audience.CASEWORKER, Audience.MISSION, Audience.UDI);
        return documents.read(a.c().id, documentId, DocumentParty.of(a.audience())).response();
    }
}
