package dev.avrr.grant.disbursement;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.grant.access.ReasonInput;
import dev.avrr.grant.disbursement.DisbursementTransitions.Command;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Idempotency;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.http.QueryParams;
import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1")
@Tag(name = "Disbursements")
@Produces(MediaType.APPLICATION_JSON)
public class DisbursementResource {

    /** OpenAPI only: {@code @Schema(implementation)} cannot name {@code Page<DisbursementView>}; this mirrors it. */
    @Schema(name = "PageDisbursementView")
    record DisbursementPage(List<DisbursementView> items, int page, int size, long totalItems,
            @Schema(description = Page.CAPPED) boolean totalItemsCapped) {
    }

    @Inject
    Disbursements disbursements;

    @POST
    @Path("/entitlements/{id}/disbursements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MISSION)
    @Operation(summary = "Request a payment from a category; the money is reserved at once. In-kind support is paid "
            + "to a vendor on an approved plan line; cash to the adult returnee or a minor's parent. Idempotency-Key "
            + "required (role: mission, for its country's returnees)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DisbursementRequest.class),
            examples = @ExampleObject(name = "course-fees", externalValue = "examples/disbursement/request-disbursement-course-fees.json")))
    @APIResponse(responseCode = "201", description = "Requested; a retry with the same Idempotency-Key returns the "
            + "first with Idempotent-Replayed: true", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DisbursementView.class),
            examples = @ExampleObject(name = "course-fees", externalValue = "examples/disbursement-requested.json")))
    @APIResponse(responseCode = "422", description = "A rule refused (the problem names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response requestDisbursement(@PathParam("id") UUID entitlementId,
            @Parameter(description = "A unique key per payment; reuse it only to retry the same request",
                    required = true) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull DisbursementRequest input, @Context UriInfo uri) {
        Disbursements.Requested r = disbursements.request(entitlementId, Idempotency.requireKey(idempotencyKey), input);
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/disbursements/" + r.disbursement().id()))
                .tag(ETags.of(r.disbursement().version())).header("Idempotent-Replayed", r.replayed())
                .entity(r.disbursement()).build();
    }

    @GET
    @Path("/disbursements")
    @RolesAllowed({ Roles.FINANCE, Roles.MISSION, Roles.CASEWORKER, Roles.AUDITOR })
    @Operation(summary = "List disbursements, newest first, filtered by status, case, entitlement and category, paged "
            + "(roles: finance and auditor — all; mission — its country's; caseworker — its office's)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DisbursementPage.class),
            examples = {
                @ExampleObject(name = "finance-or-mission", externalValue = "examples/disbursements.json"),
                @ExampleObject(name = "caseworker-or-auditor", externalValue = "examples/disbursements-restricted.json") }))
    public Page<DisbursementView> list(@QueryParam("status") @Size(max = 20) String status,
            @QueryParam("caseId") @Size(max = 40) String caseId,
            @QueryParam("entitlementId") @Size(max = 40) String entitlementId,
            @QueryParam("category") @Size(max = 40) String category, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return disbursements.list(new Disbursements.Filter(
                QueryParams.enumValue("status", status, DisbursementStatus.class), QueryParams.uuid("caseId", caseId),
                QueryParams.uuid("entitlementId", entitlementId),
                category == null || category.isBlank() ? null : category.trim()), PageRequest.of(page, size));
    }

    @GET
    @Path("/disbursements/{id}")
    @RolesAllowed({ Roles.FINANCE, Roles.MISSION, Roles.CASEWORKER, Roles.AUDITOR })
    @Operation(summary = "Read a disbursement; the payee's name and account for mission and finance only (roles: "
            + "finance, mission, caseworker, auditor, within their scope)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DisbursementView.class),
            examples = {
                @ExampleObject(name = "finance-or-mission", externalValue = "examples/disbursement-paid.json"),
                @ExampleObject(name = "caseworker-or-auditor", externalValue = "examples/disbursement-paid-restricted.json") }))
    public Response read(@PathParam("id") UUID id) {
        return respond(disbursements.read(id));
    }

    @POST
    @Path("/disbursements/{id}/approval")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Approve a requested disbursement; never your own request (four eyes: 403) (role: finance)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DisbursementView.class),
            examples = @ExampleObject(name = "approved", externalValue = "examples/disbursement-approved.json")))
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(disbursements.decide(id, Command.APPROVE, ifMatch, null));
    }

    @POST
    @Path("/disbursements/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Reject a requested disbursement with a reason; the reserved money returns to the category "
            + "(role: finance)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonInput.class),
            examples = @ExampleObject(name = "rejection", externalValue = "examples/disbursement/reject-rejection.json")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DisbursementView.class),
            examples = @ExampleObject(name = "rejected", externalValue = "examples/disbursement-rejected.json")))
    public Response reject(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReasonInput input) {
        return respond(disbursements.decide(id, Command.REJECT, ifMatch, input.reason()));
    }

    @POST
    @Path("/disbursements/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MISSION)
    @Operation(summary = "Cancel a requested or approved disbursement that will not be paid; the reserved money "
            + "returns to the category (role: mission)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonInput.class),
            examples = @ExampleObject(name = "cancellation", externalValue = "examples/disbursement/cancel-cancellation.json")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DisbursementView.class),
            examples = @ExampleObject(name = "cancelled", externalValue = "examples/disbursement-cancelled.json")))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReasonInput input) {
        return respond(disbursements.decide(id, Command.CANCEL, ifMatch, input.reason()));
    }

    @POST
    @Path("/disbursements/{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MISSION, Roles.FINANCE })
    @Operation(summary = "Record that an approved disbursement was paid: local amount, exchange rate and the NOK "
            + "equivalent; once only (roles: mission, finance)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PaymentInput.class),
            examples = @ExampleObject(name = "paid-in-birr", externalValue = "examples/disbursement/pay-paid-in-birr.json")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DisbursementView.class),
            examples = @ExampleObject(name = "paid-in-birr", externalValue = "examples/disbursement-paid.json")))
    public Response pay(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PaymentInput input) {
        return respond(disbursements.pay(id, ifMatch, input));
    }

    @POST
    @Path("/disbursements/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Reverse a payment recorded in error: reversing ledger entries return the money; nothing "
            + "is changed or deleted (role: finance)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonInput.class),
            examples = @ExampleObject(name = "reversal", externalValue = "examples/disbursement/reverse-reversal.json")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DisbursementView.class),
            examples = @ExampleObject(name = "reversed", externalValue = "examples/disbursement-reversed.json")))
    public Response reverse(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReasonInput input) {
        return respond(disbursements.reverse(id, ifMatch, input.reason()));
    }

    @POST
    @Path("/entitlements/{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MISSION)
    @Operation(summary = "Record a physician's description of medical needs for a category that requires it, before "
            + "it is paid (role: mission, for its country's returnees)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceInput.class),
            examples = @ExampleObject(name = "physician-statement", externalValue = "examples/disbursement/record-evidence-physician-statement.json")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceView.class),
            examples = @ExampleObject(name = "physician-statement", externalValue = "examples/evidence.json")))
    public Response recordEvidence(@PathParam("id") UUID entitlementId, @Valid @NotNull EvidenceInput input,
            @Context UriInfo uri) {
        EvidenceView v = disbursements.recordEvidence(entitlementId, input);
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/entitlements/" + entitlementId + "/evidence"))
                .entity(v).build();
    }

    @GET
    @Path("/entitlements/{id}/evidence")
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "The evidence recorded for an entitlement, health details included (roles: mission, "
            + "caseworker, within their scope)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "physician-statement", externalValue = "examples/evidence-list.json")))
    public List<EvidenceView> evidence(@PathParam("id") UUID entitlementId) {
        return disbursements.evidence(entitlementId);
    }

    private static Response respond(DisbursementView d) {
        return Response.ok(d).tag(ETags.of(d.version())).build();
    }
}
