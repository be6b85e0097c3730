package dev.avrr.cases.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/cases/searches")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    CaseSearch search;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION, Roles.UDI })
    @Operation(summary = "Find the cases you may see by a person of their household: name (partial, case- and "
            + "diacritics-insensitive, tolerant of a misspelling), date or year of birth, nationality, identifier "
            + "(exact); the criteria in the body, never in the URL; newest first, each as your role sees it; audited "
            + "(roles: caseworker, mission, udi — the cases each may list)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SearchInput.class),
            examples = @ExampleObject(name = "name", externalValue = "examples/search/person-search.json")))
    @APIResponse(responseCode = "200", description = "OK; an empty page when nobody you may see matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CasePage"),
                    examples = @ExampleObject(name = "caseworker", externalValue = "examples/page-caseworker.json")))
    public Page<Object> search(@Valid @NotNull SearchInput input, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return search.search(input, PageRequest.of(page, size));
    }
}
