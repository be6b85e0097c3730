package dev.avrr.cases.lifecycle;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.cases.casefile.CaseResponses;
import dev.avrr.cases.casefile.CaseViews;
import dev.avrr.cases.casefile.Command;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/cases")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class EndingResource {

    @Inject
    CaseEndings endings;

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Close a case after arrival, or after a final rejection (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EndCase.class),
            examples = @ExampleObject(name = "returned", externalValue = "examples/lifecycle/close-returned.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "returned", externalValue = "examples/closed.json")))
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EndCase input) {
        return CaseResponses.caseworker(endings.end(id, ifMatch, Command.CLOSE, input));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Record that the case was withdrawn before arrival, with the reason (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EndCase.class),
            examples = @ExampleObject(name = "withdrew", externalValue = "examples/lifecycle/withdraw-withdrew.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "withdrew", externalValue = "examples/withdrawn.json")))
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EndCase input) {
        return CaseResponses.caseworker(endings.end(id, ifMatch, Command.WITHDRAW, input));
    }

    @POST
    @Path("/{id}/absconding")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Record that the person disappeared before arrival, with the last contact's date "
            + "(role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EndCase.class),
            examples = @ExampleObject(name = "lost-contact", externalValue = "examples/lifecycle/abscond-lost-contact.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "lost-contact", externalValue = "examples/absconded.json")))
    public Response abscond(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EndCase input) {
        return CaseResponses.caseworker(endings.end(id, ifMatch, Command.ABSCOND, input));
    }
}
