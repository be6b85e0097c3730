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
import dev.avrr.platform.identifiers.CountryCode;
import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Roles;
import dev.avrr.referral.ApiExamples;
import dev.avrr.referral.intake.ReferralTransitions.Command;

@Path("/api/v1/referrals")
@Tag(name = "Referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    /** OpenAPI only: {@code @Schema(implementation)} cannot name {@code Page<ReferralView>}; this mirrors it. */
    @Schema(name = "ReferralPage")
    record ReferralPage(List<ReferralView> items, int page, int size, long totalItems) {
    }

    static final String CREATE_EXAMPLE = """
            {
              "jurisdiction": "NO",
              "person": {
                "givenName": "Testa",
                "familyName": "Fiktivsen",
                "dateOfBirth": "1990-01-01",
                "sex": "FEMALE",
                "nationality": "ETH",
                "countryOfReturn": "ET",
                "languages": ["am"],
                "interpreterNeeded": true,
                "contact": { "phone": "+47 900 00 000" },
                "identifiers": [ { "type": "DUF_NUMBER", "value": "200205705502" } ],
                "household": [
                  { "givenName": "Lillebror", "familyName": "Fiktivsen", "dateOfBirth": "2019-05-01", "relation": "CHILD" }
                ]
              },
              "vulnerability": {
                "categories": ["MEDICAL_NEEDS"],
                "referralReason": "Needs continued treatment at home",
                "notes": "Prefers a female interpreter"
              },
              "consents": [
                { "purpose": "SHARE_WITH_IOM", "language": "am", "interpreterUsed": true },
                { "purpose": "FEEDBACK_TO_REFERRER", "language": "am", "interpreterUsed": true }
              ]
            }""";

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

    static final String SWEDISH_EXAMPLE = "{\n" + SWEDISH_FIELDS + "\n}";

    static final String SWEDISH_DRAFT_EXAMPLE = "{\n" + SWEDISH_FIELDS + ",\n  \"submit\": false\n}";

    /** A DUF number whose check digits do not match the known rule (they should be 02): accepted with a warning. */
    static final String UNVERIFIED_DUF_EXAMPLE = """
            {
              "jurisdiction": "NO",
              "person": {
                "givenName": "Testa",
                "familyName": "Fiktivsen",
                "dateOfBirth": "1990-01-01",
                "nationality": "ET",
                "countryOfReturn": "ET",
                "identifiers": [ { "type": "DUF_NUMBER", "value": "200205705503" } ]
              },
              "consents": [ { "purpose": "SHARE_WITH_IOM", "language": "am", "interpreterUsed": true } ]
            }""";

    static final String COORDINATOR_EXAMPLE = """
            {
              "jurisdiction": "SE",
              "person": {
                "givenName": "Testa",
                "familyName": "Påhittad",
                "estimatedBirthYear": 1994,
                "nationality": "RO",
                "countryOfReturn": "RO"
              },
              "vulnerability": {
                "categories": ["VICTIM_OF_TRAFFICKING_ADULT"],
                "traffickingIdentifiedBy": "Polisen"
              },
              "consents": [
                { "purpose": "SHARE_WITH_COORDINATOR", "language": "ro", "interpreterUsed": true }
              ],
              "outsideReferral": { "channel": "PHONE", "referredBy": "Regional coordinator, Västra Götaland" }
            }""";

    /** A draft's whole content again, the date of birth corrected: a PUT replaces everything but the consents. */
    static final String UPDATE_EXAMPLE = """
            {
              "jurisdiction": "NO",
              "person": {
                "givenName": "Testa",
                "familyName": "Fiktivsen",
                "dateOfBirth": "1990-01-02",
                "sex": "FEMALE",
                "nationality": "ETH",
                "countryOfReturn": "ET",
                "languages": ["am"],
                "interpreterNeeded": true,
                "contact": { "phone": "+47 900 00 000" },
                "identifiers": [ { "type": "DUF_NUMBER", "value": "200205705502" } ],
                "household": [
                  { "givenName": "Lillebror", "familyName": "Fiktivsen", "dateOfBirth": "2019-05-01", "relation": "CHILD" }
                ]
              },
              "vulnerability": {
                "categories": ["MEDICAL_NEEDS"],
                "referralReason": "Needs continued treatment at home",
                "notes": "Prefers a female interpreter"
              }
            }""";

    @Inject
    ReferralService referrals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Operation(summary = "Refer a person who may want to return (roles: partner — submitted at once unless "
            + "\"submit\": false keeps a draft, the referral belongs to your org; coordinator — Sweden, for a person "
            + "referred to you outside the system, with outsideReferral: it awaits your approval at once)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralInput.class),
            examples = {
                    @ExampleObject(name = "norway", summary = "Norway: submitted to IOM Oslo", value = CREATE_EXAMPLE),
                    @ExampleObject(name = "norway-unverified-duf-number", summary = "Norway: a DUF number whose "
                            + "check digits do not match the known rule", value = UNVERIFIED_DUF_EXAMPLE),
                    @ExampleObject(name = "sweden", summary = "Sweden: submitted to the coordinator (Hänvisning)",
                            value = SWEDISH_EXAMPLE),
                    @ExampleObject(name = "sweden-draft", summary = "Sweden: a draft for the coordinator",
                            value = SWEDISH_DRAFT_EXAMPLE),
                    @ExampleObject(name = "coordinator", summary = "Sweden: a coordinator registers a person "
                            + "referred by phone", value = COORDINATOR_EXAMPLE) }))
    @APIResponse(responseCode = "400", description = "Invalid field or missing Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Created; a retry with the same Idempotency-Key returns "
            + "the first referral with Idempotent-Replayed: true", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralView.class), examples = {
                    @ExampleObject(name = "norway", summary = "Partner, Norway: submitted to IOM Oslo; status and "
                            + "dates only", value = ApiExamples.CREATED_NORWAY),
                    @ExampleObject(name = "norway-unverified-duf-number", summary = "Partner, Norway: submitted, "
                            + "with a warning", value = ApiExamples.CREATED_NORWAY_WITH_WARNING),
                    @ExampleObject(name = "sweden", summary = "Partner, Sweden: awaiting the coordinator; status "
                            + "and dates only", value = ApiExamples.CREATED_SWEDEN),
                    @ExampleObject(name = "sweden-draft", summary = "Partner, \"submit\": false: a draft, in full",
                            value = ApiExamples.CREATED_SWEDEN_DRAFT),
                    @ExampleObject(name = "coordinator", summary = "Coordinator: its own registration awaits its "
                            + "approval; in full, with outsideReferral", value = ApiExamples.CREATED_BY_COORDINATOR) }))
    public Response create(
            @Parameter(description = "A unique key per referral; reuse it only to retry the same request",
                    required = true) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ReferralInput input, @Context UriInfo uri) {
        ReferralService.Created created = referrals.create(Idempotency.requireKey(idempotencyKey), input);
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
                            value = ApiExamples.REFERRAL_PAGE_FOR_PARTNER),
                    @ExampleObject(name = "iom-oslo", summary = "Caseworker of IOM Oslo: with the person",
                            value = ApiExamples.REFERRAL_PAGE_FOR_IOM) }))
    public Page<ReferralView> list(@QueryParam("status") @Size(max = 30) String status,
            @QueryParam("jurisdiction") @Size(max = 2) String jurisdiction,
            @QueryParam("countryOfReturn") @Size(max = 3) String countryOfReturn,
            @QueryParam("createdFrom") @Size(max = 40) String createdFrom,
            @QueryParam("createdTo") @Size(max = 40) String createdTo,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        String country = countryOfReturn == null || countryOfReturn.isBlank() ? null
                : CountryCode.normalise(countryOfReturn).orElseThrow(() -> Problems.invalid("countryOfReturn",
                        "is not an ISO 3166-1 alpha-2 or alpha-3 country code"));
        ReferralService.Filter filter = new ReferralService.Filter(
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
                            value = ApiExamples.NORWAY_DRAFT),
                    @ExampleObject(name = "partner-declined", summary = "Partner: after submission status, dates "
                            + "and the decline reason only", value = ApiExamples.NORWAY_DECLINED_FOR_REFERRER),
                    @ExampleObject(name = "iom-oslo", summary = "Caseworker of IOM Oslo: with the referrer and the "
                            + "person", value = ApiExamples.NORWAY_FOR_IOM),
                    @ExampleObject(name = "coordinator", summary = "Coordinator: a Swedish referral awaiting it, with "
                            + "the person", value = ApiExamples.SWEDEN_FOR_COORDINATOR),
                    @ExampleObject(name = "coordinator-consent-withdrawn", summary = "Coordinator: the person's "
                            + "consent to share with it withdrawn",
                            value = ApiExamples.SWEDEN_FOR_COORDINATOR_WITHHELD) }))
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
            examples = @ExampleObject(name = "draft", summary = "The date of birth corrected", value = UPDATE_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not a draft any more",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralView.class), examples = @ExampleObject(name = "draft",
                    summary = "Partner: still a draft, a new version", value = ApiExamples.NORWAY_DRAFT_UPDATED)))
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
                            value = ApiExamples.SUBMITTED_NORWAY),
                    @ExampleObject(name = "sweden", summary = "Sweden: awaiting the coordinator; status and dates "
                            + "only", value = ApiExamples.SUBMITTED_SWEDEN) }))
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(referrals.command(id, Command.SUBMIT, ifMatch));
    }

    @POST
    @Path("/{id}/coordinator-approval")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Approve a Swedish referral; IOM Helsinki is notified (Meddelande) (role: coordinator)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralView.class), examples = @ExampleObject(name = "sweden",
                    summary = "Coordinator: approved, with the person", value = ApiExamples.APPROVED_BY_COORDINATOR)))
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
                            value = ApiExamples.ACCEPTED_NORWAY),
                    @ExampleObject(name = "iom-helsinki", summary = "Caseworker of IOM Helsinki: a Swedish referral "
                            + "the coordinator approved (Stöd)", value = ApiExamples.ACCEPTED_SWEDEN) }))
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
                    @ExampleObject(name = "iom-oslo", value = "{\"reasonCode\": \"OUTSIDE_PROGRAMME_SCOPE\"}"),
                    @ExampleObject(name = "coordinator", value = "{\"reasonCode\": \"NOT_ELIGIBLE\", "
                            + "\"note\": \"Not identified as subjected to trafficking or prostitution (fictional)\"}"),
                    @ExampleObject(name = "iom-helsinki", value = "{\"reasonCode\": \"SUPPORT_NOT_AVAILABLE\", "
                            + "\"note\": \"No partner for the needed treatment in the home region (fictional)\"}") }))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralView.class), examples = {
                    @ExampleObject(name = "iom-oslo", summary = "Caseworker of IOM Oslo: a submitted Norwegian "
                            + "referral", value = ApiExamples.DECLINED_BY_IOM_OSLO),
                    @ExampleObject(name = "coordinator", summary = "Coordinator: a Swedish referral awaiting it",
                            value = ApiExamples.DECLINED_BY_COORDINATOR),
                    @ExampleObject(name = "iom-helsinki", summary = "Caseworker of IOM Helsinki: a Swedish referral "
                            + "the coordinator approved", value = ApiExamples.DECLINED_BY_IOM_HELSINKI) }))
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
                            value = ApiExamples.WITHDRAWN_NORWAY),
                    @ExampleObject(name = "sweden", summary = "A Swedish referral awaiting the coordinator",
                            value = ApiExamples.WITHDRAWN_SWEDEN) }))
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
                            value = ApiExamples.HISTORY),
                    @ExampleObject(name = "norway", summary = "Norway", value = ApiExamples.HISTORY_NORWAY) }))
    public List<ReferralStepView> history(@PathParam("id") UUID id) {
        return referrals.history(id).stream().map(ReferralStepView::of).toList();
    }

    private static Response respond(ReferralView r) {
        return Response.ok(r).tag(ETags.of(r.version())).build();
    }
}
