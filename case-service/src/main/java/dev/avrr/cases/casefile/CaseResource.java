package dev.avrr.cases.casefile;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.http.QueryParams;
import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.Programme;

@Path("/api/v1/cases")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    /** OpenAPI only: {@code list} answers an untyped {@code Page<Object>} of role views; this mirrors it. */
    @Schema(name = "CasePage")
    record CasePage(List<CaseListItem> items, int page, int size, long totalItems,
            @Schema(description = Page.CAPPED) boolean totalItemsCapped) {
    }

    /** OpenAPI only: an item of {@link CasePage} is the view of the caller's role, as for one case. */
    @Schema(name = "CaseListItem", description = "A case as your role sees it: Case for the caseworker, MissionCase "
            + "for the mission, UdiCase for UDI; `view` tells them apart", oneOf = { CaseViews.CaseworkerView.class,
                    CaseViews.MissionView.class, CaseViews.UdiView.class }, discriminatorProperty = CaseViews.VIEW,
            discriminatorMapping = {
                    @DiscriminatorMapping(value = CaseViews.CASEWORKER, schema = CaseViews.CaseworkerView.class),
                    @DiscriminatorMapping(value = CaseViews.MISSION, schema = CaseViews.MissionView.class),
                    @DiscriminatorMapping(value = CaseViews.UDI, schema = CaseViews.UdiView.class) })
    interface CaseListItem {
    }

    @Inject
    CaseQueries cases;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION, Roles.UDI })
    @Operation(summary = "List the cases you may see, newest first, filtered and paged (roles: caseworker — its "
            + "office's cases; mission — its country's cases once handed over to it; udi — Norwegian cases submitted to "
            + "UDI); each item is the view of your role")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CasePage.class),
                    examples = {
                            @ExampleObject(name = "caseworker", summary = "IOM Oslo's caseworker: its office's cases",
                                    externalValue = "examples/page-caseworker.json"),
                            @ExampleObject(name = "mission", summary = "The mission in Ethiopia: departed cases",
                                    externalValue = "examples/page-mission.json"),
                            @ExampleObject(name = "udi", summary = "UDI: cases submitted to it",
                                    externalValue = "examples/page-udi.json") }))
    public Page<Object> list(@QueryParam("referralId") @Size(max = 36) String referralId,
            @QueryParam("status") @Size(max = 30) String status,
            @QueryParam("programme") @Size(max = 30) String programme,
            @QueryParam("countryOfReturn") @Size(max = 3) String countryOfReturn,
            @QueryParam("registeredFrom") @Size(max = 40) String registeredFrom,
            @QueryParam("registeredTo") @Size(max = 40) String registeredTo,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        String country = QueryParams.country("countryOfReturn", countryOfReturn);
        CaseQueries.Filter filter = new CaseQueries.Filter(QueryParams.uuid("referralId", referralId),
                QueryParams.enumValue("status", status, CaseStatus.class),
                QueryParams.enumValue("programme", programme, Programme.class), country,
                QueryParams.time("registeredFrom", registeredFrom), QueryParams.time("registeredTo", registeredTo));
        return cases.list(filter, PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION, Roles.UDI })
    @Operation(summary = "Read a case as your role sees it (roles: caseworker — the whole case of its office but "
            + "a UDI decision's reason; mission — from the handover on, what it needs to receive the returnee; udi — a "
            + "case submitted to it, with its decisions)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {
                    CaseViews.CaseworkerView.class, CaseViews.MissionView.class, CaseViews.UdiView.class },
                    discriminatorProperty = CaseViews.VIEW, discriminatorMapping = {
                            @DiscriminatorMapping(value = CaseViews.CASEWORKER, schema = CaseViews.CaseworkerView.class),
                            @DiscriminatorMapping(value = CaseViews.MISSION, schema = CaseViews.MissionView.class),
                            @DiscriminatorMapping(value = CaseViews.UDI, schema = CaseViews.UdiView.class) }),
                    examples = {
                            @ExampleObject(name = "caseworker", summary = "The caseworker's view (Case)",
                                    externalValue = "examples/caseworker-view.json"),
                            @ExampleObject(name = "mission", summary = "The mission's view (MissionCase)",
                                    externalValue = "examples/mission-view.json"),
                            @ExampleObject(name = "udi", summary = "UDI's view (UdiCase)",
                                    externalValue = "examples/udi-decided-approved.json") }))
    @APIResponse(responseCode = "404", description = "No such case, or not yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("id") UUID id) {
        CaseQueries.Seen seen = cases.read(id);
        return Response.ok(seen.view()).tag(ETags.of(seen.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "The steps of a case: what, when, who and why, on the Swedish route labelled with "
            + "that route's own step names (role: caseworker of the office)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = CaseStepView.class),
            examples = @ExampleObject(name = "approved", externalValue = "examples/history.json")))
    public List<CaseStepView> history(@PathParam("id") UUID id) {
        return cases.history(id).stream().map(CaseStepView::of).toList();
    }
}
