package dev.avrr.monitoring.plans;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.MonitoredCases;
import dev.avrr.monitoring.returnees.MonitoringStatus;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.http.QueryParams;
import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.Programme;

@Path("/api/v1/monitoring")
@Tag(name = "Monitoring plans")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    /** OpenAPI only: the page {@code list} answers, under the name the scanner gives {@code Page<CaseView>}. */
    @Schema(name = "PageCaseView")
    record CasePage(List<CaseView> items, int page, int size, long totalItems,
            @Schema(description = Page.CAPPED) boolean totalItemsCapped) {
    }

    /** OpenAPI only: the page {@code list} answers, under the name the scanner gives {@code Page<OverdueItemView>}. */
    @Schema(name = "PageOverdueItemView")
    record OverduePage(List<OverdueItemView> items, int page, int size, long totalItems,
            @Schema(description = Page.CAPPED) boolean totalItemsCapped) {
    }

    @Inject
    MonitoredCases cases;

    @Inject
    PlanItems plans;

    @GET
    @Path("/cases")
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "List the returnees you monitor, latest arrival first, filtered and paged (roles: mission — "
            + "returnees of your country; caseworker — cases of your office)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CasePage.class),
            examples = {
                    @ExampleObject(name = "mission", summary = "The mission in Eritrea: its country's returnees",
                            externalValue = "examples/cases-mission.json"),
                    @ExampleObject(name = "caseworker", summary = "IOM Helsinki's caseworker: its office's cases, "
                            + "one awaiting the return", externalValue = "examples/cases-caseworker.json") }))
    public Page<CaseView> list(@QueryParam("status") @Size(max = 30) String status,
            @QueryParam("programme") @Size(max = 30) String programme,
            @QueryParam("countryOfReturn") @Size(max = 3) String countryOfReturn,
            @QueryParam("arrivedFrom") @Size(max = 10) String arrivedFrom,
            @QueryParam("arrivedTo") @Size(max = 10) String arrivedTo,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        MonitoredCases.Filter filter = new MonitoredCases.Filter(
                QueryParams.enumValue("status", status, MonitoringStatus.class),
                QueryParams.enumValue("programme", programme, Programme.class),
                QueryParams.country("countryOfReturn", countryOfReturn),
                QueryParams.date("arrivedFrom", arrivedFrom), QueryParams.date("arrivedTo", arrivedTo));
        Page<MonitoredCase> found = cases.list(filter, PageRequest.of(page, size));
        return found.map(c -> CaseView.of(c, null));
    }

    @GET
    @Path("/cases/{caseId}")
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "A returnee's monitoring and plan: each item with its due date and status (roles: mission "
            + "— own country only; caseworker — own office only)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class),
            examples = @ExampleObject(name = "active", summary = "Arrival meeting and month 1 fulfilled",
                    externalValue = "examples/case-active.json")))
    @APIResponse(responseCode = "404", description = "No such returnee, or not yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("caseId") UUID caseId) {
        return respond(plans.read(caseId));
    }

    @GET
    @Path("/overdue-items")
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "Plan items past their due date without a contact, oldest first (roles: mission — your "
            + "country's returnees; caseworker — your office's cases)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OverduePage.class),
            examples = @ExampleObject(name = "overdue", externalValue = "examples/overdue-items.json")))
    public Page<OverdueItemView> overdue(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<PlanItems.Overdue> found = plans.overdue(PageRequest.of(page, size));
        return found.map(OverdueItemView::of);
    }

    @POST
    @Path("/cases/{caseId}/items/{itemId}/missed")
    @RolesAllowed(Roles.MISSION)
    @Operation(summary = "Close an overdue item that could not be fulfilled; the plan completes when no item is "
            + "open (role: mission of the country of return)")
    @APIResponse(responseCode = "200", description = "Closed as missed: the returnee's monitoring and plan as they "
            + "now stand, with the returnee's new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "missed", externalValue = "examples/case-item-missed.json")))
    @APIResponse(responseCode = "409", description = "The item is not overdue, or monitoring is not active",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response missed(@PathParam("caseId") UUID caseId, @PathParam("itemId") UUID itemId,
            @Parameter(description = "The returnee's ETag; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(plans.miss(caseId, itemId, ifMatch));
    }

    private static Response respond(PlanItems.Plan plan) {
        return Response.ok(CaseView.of(plan.returnee(), plan.items())).tag(ETags.of(plan.returnee().version)).build();
    }
}
