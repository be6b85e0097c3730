package dev.avrr.cases.search;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.vocabulary.Roles;

@Path("/api/v1/cases/{id}/possible-duplicates")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class DuplicateResource {

    @Inject
    Duplicates duplicates;

    @GET
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "The office's other cases whose person the case's applicant may be, found at registration "
            + "(the same identifier, or the same whole name and date of birth), and what became of each (role: "
            + "caseworker of the case's office)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Duplicates.View.class),
            examples = @ExampleObject(name = "open", externalValue = "examples/search/possible-duplicates.json")))
    public List<Duplicates.View> possibleDuplicates(@PathParam("id") UUID id) {
        return duplicates.of(id);
    }

    @POST
    @Path("/{otherCaseId}/link")
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Link an open possible duplicate: the two cases are the same person; noted in the history "
            + "(role: caseworker of the case's office)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Duplicates.View.class),
            examples = @ExampleObject(name = "linked", externalValue = "examples/search/duplicate-linked.json")))
    public Duplicates.View linkDuplicate(@PathParam("id") UUID id, @PathParam("otherCaseId") UUID otherCaseId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return duplicates.decide(id, otherCaseId, ifMatch, PossibleDuplicate.Status.LINKED);
    }

    @POST
    @Path("/{otherCaseId}/dismissal")
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Dismiss an open possible duplicate: not the same person; noted in the history (role: "
            + "caseworker of the case's office)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Duplicates.View.class),
            examples = @ExampleObject(name = "dismissed", externalValue = "examples/search/duplicate-dismissed.json")))
    public Duplicates.View dismissDuplicate(@PathParam("id") UUID id, @PathParam("otherCaseId") UUID otherCaseId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return duplicates.decide(id, otherCaseId, ifMatch, PossibleDuplicate.Status.DISMISSED);
    }
}
