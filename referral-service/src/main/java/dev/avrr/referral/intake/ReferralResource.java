package dev.avrr.referral.intake;

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
import jakarta.ws.rs.PUT;
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

import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Idempotency;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.http.QueryParams;
import dev.avrr.platform.problem.Problem;
import dev.avrr.referral.intake.ReferralTransitions.Command;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/referrals")
@Tag(name = "Referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    /** OpenAPI only: {@code @Schema(implementation)} cannot name {@code Page<ReferralView>}; this mirrors it. */
    @Schema(name = "ReferralPage")
    record ReferralPage(List<ReferralView> items, int page, int size, long totalItems,
            @Schema(description = Page.CAPPED) boolean totalItemsCapped) {
    }

    /** A Swedish referral's content; submitted on create unless {@code "submit": false} is added. */
    private static final String SWEDISH_FIELDS = """
              "jurisdiction": "SE",
              "coordinatorOrg": "lansstyrelsen-stockholm",
              "person": {
                "givenName": "Testa",
                "familyName": "Påhittad",
                "dateOfBirth": "1995-06-15",
                "nationality": "NG",
                "countryOfReturn": "NG",
                "languages": ["en"]
              },
              "vulnerability": {
                "categories": ["VICTIM_OF_TRAFFICKING_ADULT"],
                "traffickingIdentifiedBy": "Socialtjänsten"
              },
              "consents": [
                { "purpose": "SHARE_WITH_COORDINATOR", "language": "en", "interpreterUsed": false },
                { "purpose": "SHARE_WITH_IOM", "language": "en", "interpreterUsed": false },
                { "purpose": "FEEDBACK_TO_REFERRER", "language": "en", "interpreterUsed": false }
              ]""";

    @Inject
    Referrals referrals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Operation(summary = "Refer a person who may want to return (roles: partner — submitted at once unless "
            + "\"submit\": false keeps a draft, the referral belongs to your org; coordinator — Sweden, for a person "
            + "referred to you outside the system, with outsideReferral: it awaits your approval at once)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralInput.class),
            examples = {
                    @ExampleObject(name = "norway", summary = "Norway: submitted to IOM Oslo", externalValue = "examples/intake/create-norway.json"),
                    @ExampleObject(name = "norway-unverified-duf-number", summary = "Norway: a DUF number whose "
                            + "check digits do not match the known rule", externalValue = "examples/intake/create-norway-unverified-duf-number.json"),
                    @ExampleObject(name = "sweden", summary = "Sweden: submitted to the coordinator (Hänvisning)",
                            externalValue = "examples/intake/create-sweden.json"),
                    @ExampleObject(name = "sweden-draft", summary = "Sweden: a draft for the coordinator",
                            externalValue = "examples/intake/create-sweden-draft.json"),
                    @ExampleObject(name = "coordinator", summary = "Sweden: a coordinator registers a person "
                            + "referred by phone", externalValue = "examples/intake/create-coordinator.json") }))
    @APIResponse(responseCode = "400", description = "Invalid field or missing Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Created; a retry with the same Idempotency-Key returns "
            + "the first referral with Idempotent-Replayed: true", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralView.class), examples = {
                    @ExampleObject(name = "norway", summary = "Partner, Norway: submitted to IOM Oslo; status and "
                            + "dates only", externalValue = "examples/created-norway.json"),
                    @ExampleObject(name = "norway-unverified-duf-number", summary = "Partner, Norway: submitted, "
                            + "with a warning", externalValue = "examples/created-norway-with-warning.json"),
                    @ExampleObject(name = "sweden", summary = "Partner, Sweden: awaiting the coordinator; status "
                            + "and dates only", externalValue = "examples/created-sweden.json"),
                    @ExampleObject(name = "sweden-draft", summary = "Partner, \"submit\": false: a draft, in full",
                            externalValue = "examples/created-sweden-draft.json"),
                    @ExampleObject(name = "coordinator", summary = "Coordinator: its own registration awaits its "
                            + "approval; in full, with outsideReferral", externalValue = "examples/created-by-coordinator.json") }))
    public Response create(
            @Parameter(description = "A unique key per referral; reuse it only to retry the same request",
                    required = true) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ReferralInput input, @Context UriInfo uri) {
        Referrals.Created created = referrals.create(Idempotency.requireKey(idempotencyKey), input);
        Referral r = created.referral();
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/referrals/" + r.id))
                .tag(ETags.of(r.version))
                .header("Idempotent-Replayed", created.replayed())
                .entity(created.view())
                .build();
    }

    @GET
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR, Roles.CASEWORKER })
    @Operation(summary = "List the referrals you may see, newest first, filtered and paged (roles: partner — own "
            + "org; coordinator — Swedish referrals sent to it; caseworker — those that reached its IOM office)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralPage.class), examples = {
                    @ExampleObject(name = "partner", summary = "Partner: status and dates of what it submitted",
                            externalValue = "examples/referral-page-for-partner.json"),
                    @ExampleObject(name = "iom-oslo", summary = "Caseworker of IOM Oslo: with the person",
                            externalValue = "examples/referral-page-for-iom.json") }))
    public Page<ReferralView> list(@QueryParam("status") @Size(max = 30) String status,
            @QueryParam("jurisdiction") @Size(max = 2) String jurisdiction,
            @QueryParam("countryOfReturn") @Size(max = 3) String countryOfReturn,
            @QueryParam("createdFrom") @Size(max = 40) String createdFrom,
            @QueryParam("createdTo") @Size(max = 40) String createdTo,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        String country = QueryParams.country("countryOfReturn", countryOfReturn);
        Referrals.Filter filter = new Referrals.Filter(
                QueryParams.enumValue("status", status, ReferralStatus.class),
                QueryParams.enumValue("jurisdiction", jurisdiction, Jurisdiction.class), country,
                QueryParams.time("createdFrom", createdFrom), QueryParams.time("createdTo", createdTo));
        return referrals.list(filter, PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR, Roles.CASEWORKER })
    @Operation(summary = "Read a referral (roles: partner — own org, the draft in full, then status only; "
            + "coordinator and caseworker — as receivers, with the person while the person's consent to share with "
            + "them stands)")
    @APIResponse(responseCode = "404", description = "No such referral, or not yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralView.class), examples = {
                    @ExampleObject(name = "partner-draft", summary = "Partner: its draft, in full",
                            externalValue = "examples/norway-draft.json"),
                    @ExampleObject(name = "partner-declined", summary = "Partner: after submission status, dates "
                            + "and the decline reason only", externalValue = "examples/norway-declined-for-referrer.json"),
                    @ExampleObject(name = "iom-oslo", summary = "Caseworker of IOM Oslo: with the referrer and the "
                            + "person", externalValue = "examples/norway-for-iom.json"),
                    @ExampleObject(name = "coordinator", summary = "Coordinator: a Swedish referral awaiting it, with "
                            + "the person", externalValue = "examples/sweden-for-coordinator.json"),
                    @ExampleObject(name = "coordinator-consent-withdrawn", summary = "Coordinator: the person's "
                            + "consent to share with it withdrawn",
                            externalValue = "examples/sweden-for-coordinator-withheld.json") }))
    public Response read(@PathParam("id") UUID id) {
        return respond(referrals.read(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Replace a draft's content; send If-Match with the ETag you read (role: partner)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralInput.class),
            examples = @ExampleObject(name = "draft", summary = "The date of birth corrected", externalValue = "examples/intake/update-draft.json")))
    @APIResponse(responseCode = "409", description = "Not a draft any more",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralView.class), examples = @ExampleObject(name = "draft",
                    summary = "Partner: still a draft, a new version", externalValue = "examples/norway-draft-updated.json")))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReferralInput input) {
        return respond(referrals.update(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Submit a draft: to IOM Oslo (Norway) or to the coordinator (Sweden, Hänvisning) "
            + "(role: partner)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralView.class), examples = {
                    @ExampleObject(name = "norway", summary = "Norway: submitted to IOM Oslo; status and dates only",
                            externalValue = "examples/submitted-norway.json"),
                    @ExampleObject(name = "sweden", summary = "Sweden: awaiting the coordinator; status and dates "
                            + "only", externalValue = "examples/submitted-sweden.json") }))
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(referrals.command(id, Command.SUBMIT, ifMatch));
    }

    @POST
    @Path("/{id}/coordinator-approval")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Approve a Swedish referral; IOM Helsinki is notified (Meddelande) (role: coordinator)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralView.class), examples = @ExampleObject(name = "sweden",
                    summary = "Coordinator: approved, with the person", externalValue = "examples/approved-by-coordinator.json")))
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(referrals.command(id, Command.APPROVE, ifMatch));
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Accept a referral that reached your IOM office; a case is registered from it "
            + "(role: caseworker)")
    @APIResponse(responseCode = "409", description = "The referral is not waiting for IOM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralView.class), examples = {
                    @ExampleObject(name = "iom-oslo", summary = "Caseworker of IOM Oslo: a Norwegian referral",
                            externalValue = "examples/accepted-norway.json"),
                    @ExampleObject(name = "iom-helsinki", summary = "Caseworker of IOM Helsinki: a Swedish referral "
                            + "the coordinator approved (Stöd)", externalValue = "examples/accepted-sweden.json") }))
    public Response accept(@PathParam("id") UUID id,
            @Parameter(description = "The ETag you read; optional for commands") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(referrals.command(id, Command.ACCEPT, ifMatch));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.COORDINATOR })
    @Operation(summary = "Decline a referral with a reason code from a fixed list, which the referrer reads with its "
            + "public label, and an optional note only the receivers read (roles: coordinator while it awaits the "
            + "coordinator; caseworker once it reached IOM)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeclineReferral.class),
            examples = {
                    @ExampleObject(name = "iom-oslo", externalValue = "examples/intake/decline-iom-oslo.json"),
                    @ExampleObject(name = "coordinator", externalValue = "examples/intake/decline-coordinator.json"),
                    @ExampleObject(name = "iom-helsinki", externalValue = "examples/intake/decline-iom-helsinki.json") }))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralView.class), examples = {
                    @ExampleObject(name = "iom-oslo", summary = "Caseworker of IOM Oslo: a submitted Norwegian "
                            + "referral", externalValue = "examples/declined-by-iom-oslo.json"),
                    @ExampleObject(name = "coordinator", summary = "Coordinator: a Swedish referral awaiting it",
                            externalValue = "examples/declined-by-coordinator.json"),
                    @ExampleObject(name = "iom-helsinki", summary = "Caseworker of IOM Helsinki: a Swedish referral "
                            + "the coordinator approved", externalValue = "examples/declined-by-iom-helsinki.json") }))
    public Response decline(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DeclineReferral decline) {
        return respond(referrals.command(id, Command.DECLINE, ifMatch, decline));
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Withdraw a referral that IOM has not accepted yet (role: partner)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralView.class), examples = {
                    @ExampleObject(name = "norway", summary = "A submitted Norwegian referral; status and dates only",
                            externalValue = "examples/withdrawn-norway.json"),
                    @ExampleObject(name = "sweden", summary = "A Swedish referral awaiting the coordinator",
                            externalValue = "examples/withdrawn-sweden.json") }))
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(referrals.command(id, Command.WITHDRAW, ifMatch));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR, Roles.CASEWORKER })
    @Operation(summary = "The steps of a referral, on the Swedish route labelled with that route's own step names "
            + "(roles: partner, coordinator, caseworker, within their scope)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ReferralStepView.class),
            examples = {
                    @ExampleObject(name = "sweden", summary = "Sweden, with the Swedish route's labels",
                            externalValue = "examples/history.json"),
                    @ExampleObject(name = "norway", summary = "Norway", externalValue = "examples/history-norway.json") }))
    public List<ReferralStepView> history(@PathParam("id") UUID id) {
        return referrals.history(id).stream().map(ReferralStepView::of).toList();
    }

    private static Response respond(ReferralView r) {
        return Response.ok(r).tag(ETags.of(r.version())).build();
    }
}
