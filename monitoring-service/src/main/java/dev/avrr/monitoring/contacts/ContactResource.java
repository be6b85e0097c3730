package dev.avrr.monitoring.contacts;

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
import jakarta.ws.rs.QueryParam;
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
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/monitoring")
@Tag(name = "Monitoring contacts")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    /** OpenAPI only: the page {@code list} answers, under the name the scanner gives {@code Page<ContactView>}. */
    @Schema(name = "PageContactView")
    record ContactPage(List<ContactView> items, int page, int size, long totalItems,
            @Schema(description = Page.CAPPED) boolean totalItemsCapped) {
    }

    @Inject
    MonitoringContacts contacts;

    @POST
    @Path("/cases/{caseId}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MISSION)
    @Operation(summary = "Record a contact with a returnee: it fulfils the due plan item and may raise protection "
            + "alerts (role: mission of the country of return)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContactInput.class),
            examples = {
                    @ExampleObject(name = "visit", summary = "A visit that reached the returnee", externalValue = "examples/contacts/record-visit.json"),
                    @ExampleObject(name = "alert", summary = "A call that raises a protection alert",
                            externalValue = "examples/contacts/record-alert.json") }))
    @APIResponse(responseCode = "201", description = "Recorded; a retry with the same Idempotency-Key returns the "
            + "first contact", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContactView.class),
                    examples = {
                            @ExampleObject(name = "visit", summary = "The visit: it fulfils month 1",
                                    externalValue = "examples/contact-visit.json"),
                            @ExampleObject(name = "alert", summary = "The call: it raises a protection alert",
                                    externalValue = "examples/contact-alert.json") }))
    @APIResponse(responseCode = "404", description = "No such returnee, or not of your country",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Monitoring is not active",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The contact is dated before the return",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("caseId") UUID caseId,
            @Parameter(description = "The returnee's ETag; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Optional: a unique key per contact, reused only to retry")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ContactInput input, @Context UriInfo uri) {
        MonitoringContacts.Recorded r = contacts.record(caseId, ifMatch, idempotencyKey, input);
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/monitoring/cases/" + caseId + "/contacts"))
                .tag(ETags.of(r.returnee().version))
                .header("Idempotent-Replayed", r.replayed())
                .entity(ContactView.of(r.contact(), r.withNotes(), r.alerts()))
                .build();
    }

    @GET
    @Path("/cases/{caseId}/contacts")
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "A returnee's contacts, latest first, paged (roles: mission — your country's returnees, "
            + "with wellbeing notes; caseworker — your office's cases, without them)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContactPage.class),
            examples = {
                    @ExampleObject(name = "mission", summary = "The mission: with the wellbeing notes",
                            externalValue = "examples/contacts-mission.json"),
                    @ExampleObject(name = "caseworker", summary = "The sending office: without them",
                            externalValue = "examples/contacts-caseworker.json") }))
    public Page<ContactView> list(@PathParam("caseId") UUID caseId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        MonitoringContacts.Contacts found = contacts.list(caseId, PageRequest.of(page, size));
        return found.page()
                .map(c -> ContactView.of(c, found.withNotes(), found.alerts().getOrDefault(c.id, List.of())));
    }
}
