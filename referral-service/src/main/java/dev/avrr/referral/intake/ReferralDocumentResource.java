package dev.avrr.referral.intake;

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

import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.documents.DocumentParty;
import dev.avrr.platform.documents.DocumentUpload;
import dev.avrr.platform.documents.DocumentView;
import dev.avrr.platform.documents.Documents;
import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.problem.Problems;
import dev.avrr.vocabulary.Roles;

/**
 * The documents of a referral (docs/documents.md): whoever sees the referral's person in full — the referring
 * partner while it is its draft, the coordinator or IOM's office it reached while the person's consent to share with
 * them stands — adds them and reads the kinds the documents' table gives its party. Anyone else, the referrer after
 * submission included, finds none: "not found".
 */
@Path("/api/v1/referrals/{id}/documents")
@Tag(name = "Documents")
public class ReferralDocumentResource {

    @Inject
    Referrals referrals;

    @Inject
    Documents documents;

    @Inject
    AuditTrail audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR, Roles.CASEWORKER })
    @Transactional
    @Operation(summary = "Add a document to the referral: a PDF, JPEG or PNG of at most 5 MiB, its type told from its "
            + "content, sealed with the person's key (roles: the referring partner on its draft; the coordinator and "
            + "IOM's caseworker the referral reached, while the person's consent stands)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DocumentUpload.class),
            examples = @ExampleObject(name = "physician-statement",
                    externalValue = "examples/documents/add-physician-statement.json")))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DocumentView.class),
            examples = @ExampleObject(name = "physician-statement", externalValue = "examples/documents/added.json")))
    @APIResponse(responseCode = "413", description = "The file is larger than 5 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The file is no PDF, JPEG or PNG",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addReferralDocument(@PathParam("id") UUID id, @Valid @NotNull DocumentUpload input) {
        Referral r = referrals.visible(id, LockModeType.PESSIMISTIC_WRITE);
        DocumentParty party = party(r);
        if (r.erasedAt != null) {
            audit.refused(AuditTrail.CREATE, Documents.RESOURCE, id, AuditOutcome.REFUSED);
            throw Problems.erased(Referrals.RESOURCE, r.erasedAt);
        }
        DocumentView added = documents.add(r.id, party, input);
        return Response.created(URI.create("/api/v1/referrals/" + id + "/documents/" + added.id())).entity(added)
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR, Roles.CASEWORKER })
    @Transactional
    @Operation(summary = "The referral's documents the caller may read, oldest first: kind, type, size, when and by "
            + "whom (roles: the referring partner on its draft; the coordinator and IOM's caseworker, while the "
            + "person's consent stands — each the kinds its need to know gives it)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentView.class),
            examples = @ExampleObject(name = "two", externalValue = "examples/documents/list.json")))
    public List<DocumentView> referralDocuments(@PathParam("id") UUID id) {
        Referral r = referrals.visible(id, LockModeType.NONE);
        return documents.list(r.id, party(r));
    }

    @GET
    @Path("/{documentId}")
    @Produces({ "application/pdf", "image/jpeg", "image/png" })
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR, Roles.CASEWORKER })
    @Transactional
    @Operation(summary = "Download a document of the referral, audited (roles: the referring partner on its draft; "
            + "the coordinator and IOM's caseworker, while the person's consent stands — a kind the caller may not "
            + "read is not found)")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "pdf", summary = "The file's bytes, as they were added",
                            value = "%PDF-1.7 …")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response referralDocument(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        Referral r = referrals.visible(id, LockModeType.NONE);
        return documents.read(r.id, documentId, party(r)).response();
    }

    /** The caller's party for the referral's documents; "not found" for whoever holds none of them. */
    private DocumentParty party(Referral r) {
        return referrals.documentParty(r).orElseThrow(() -> {
            audit.refused(AuditTrail.READ, Documents.RESOURCE, r.id, AuditOutcome.NOT_YOURS);
            return Problems.notFound(Referrals.RESOURCE);
        });
    }
}
