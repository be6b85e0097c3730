package dev.avrr.monitoring.feedback;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.monitoring.consent.ConsentInput;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.http.QueryParams;
import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/monitoring")
@Tag(name = "Returnee feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    /** OpenAPI only: the page {@code list} answers, under the name the scanner gives {@code Page<FeedbackView>}. */
    @Schema(name = "PageFeedbackView")
    record FeedbackPage(List<FeedbackView> items, int page, int size, long totalItems,
            @Schema(description = Page.CAPPED) boolean totalItemsCapped) {
    }

    @Inject
    ReturneeFeedbacks feedback;

    @POST
    @Path("/cases/{caseId}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MISSION)
    @Operation(summary = "Record the returnee's own feedback; with their consent it is forwarded to the sending "
            + "office at once (role: mission of the country of return)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FeedbackInput.class),
            examples = @ExampleObject(name = "forwarded", externalValue = "examples/feedback/record-forwarded.json")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class),
            examples = @ExampleObject(name = "forwarded", externalValue = "examples/feedback-forwarded.json")))
    @APIResponse(responseCode = "409", description = "The returnee has not returned yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("caseId") UUID caseId, @Valid @NotNull FeedbackInput input,
            @Context UriInfo uri) {
        ReturneeFeedbacks.Found f = feedback.record(caseId, input);
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/monitoring/feedback/" + f.feedback().id))
                .tag(ETags.of(f.feedback().version)).entity(FeedbackView.of(f)).build();
    }

    @GET
    @Path("/feedback")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION })
    @Operation(summary = "Returnees' feedback, newest first (roles: caseworker — only what is forwarded to your "
            + "office with consent; mission — all of your country's returnees)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FeedbackPage.class),
            examples = {
                    @ExampleObject(name = "mission", summary = "The mission: forwarded and kept",
                            externalValue = "examples/feedback-list-mission.json"),
                    @ExampleObject(name = "caseworker", summary = "The sending office: only what is forwarded to it",
                            externalValue = "examples/feedback-list-caseworker.json") }))
    public Page<FeedbackView> list(@QueryParam("caseId") @Size(max = 36) String caseId,
            @QueryParam("status") @Size(max = 20) String status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<ReturneeFeedbacks.Found> found = feedback.list(QueryParams.uuid("caseId", caseId),
                QueryParams.enumValue("status", status, FeedbackStatus.class), PageRequest.of(page, size));
        return found.map(FeedbackView::of);
    }

    @GET
    @Path("/feedback/{feedbackId}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION })
    @Operation(summary = "One piece of feedback (roles: caseworker — only if forwarded to your office; mission — "
            + "your country's returnees)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FeedbackView.class),
            examples = @ExampleObject(name = "forwarded", summary = "Forwarded: the office and the mission read it",
                    externalValue = "examples/feedback-forwarded.json")))
    @APIResponse(responseCode = "404", description = "No such feedback, or not forwarded to you",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("feedbackId") UUID feedbackId) {
        return respond(feedback.read(feedbackId));
    }

    @POST
    @Path("/feedback/{feedbackId}/forwarding")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MISSION)
    @Operation(summary = "The returnee now consents to forwarding: recorded, and the sending office may read it "
            + "(role: mission of the country of return)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConsentInput.class),
            examples = @ExampleObject(name = "consent", externalValue = "examples/feedback/forward-consent.json")))
    @APIResponse(responseCode = "200", description = "Forwarded: the feedback as it now stands, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class),
                    examples = @ExampleObject(name = "forwarded", externalValue = "examples/feedback-forwarded-later.json")))
    @APIResponse(responseCode = "409", description = "Already forwarded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response forward(@PathParam("feedbackId") UUID feedbackId,
            @Parameter(description = "The feedback's ETag; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ConsentInput consent) {
        return respond(feedback.forward(feedbackId, ifMatch, consent));
    }

    @POST
    @Path("/feedback/{feedbackId}/consent-withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "The returnee withdraws consent to forwarding: recorded, and the sending office no longer "
            + "reads it (roles: mission of the country of return; caseworker of the office)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConsentInput.class),
            examples = @ExampleObject(name = "withdrawn", externalValue = "examples/feedback/forward-consent.json")))
    @APIResponse(responseCode = "200", description = "Consent withdrawn: the feedback as it now stands, with its new "
            + "ETag", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FeedbackView.class),
                    examples = {
                            @ExampleObject(name = "mission", summary = "Recorded by the mission: it still reads the "
                                    + "text", externalValue = "examples/feedback-withdrawn-mission.json"),
                            @ExampleObject(name = "caseworker", summary = "Recorded by the office: it no longer does",
                                    externalValue = "examples/feedback-withdrawn-caseworker.json") }))
    @APIResponse(responseCode = "409", description = "Not forwarded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdrawConsent(@PathParam("feedbackId") UUID feedbackId,
            @Parameter(description = "The feedback's ETag; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ConsentInput consent) {
        return respond(feedback.withdrawConsent(feedbackId, ifMatch, consent));
    }

    @POST
    @Path("/feedback/{feedbackId}/partner-sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MISSION)
    @Operation(summary = "The returnee lets this feedback — or the words they approved — reach one partner who "
            + "referred them: the consent naming that partner recorded, and the words shown on its timeline and sent "
            + "to its webhook as an Återkoppling entry (role: mission of the country of return)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PartnerSharingInput.class),
            examples = @ExampleObject(name = "referrer", externalValue = "examples/feedback/share-with-referrer.json")))
    @APIResponse(responseCode = "200", description = "Shared: the feedback, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class),
                    examples = @ExampleObject(name = "shared", externalValue = "examples/feedback-forwarded.json")))
    @APIResponse(responseCode = "409", description = "Already shared with that partner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The words hold an identifier (no-identifiers-for-partners), "
            + "are too long without a summary (summary-for-partners-needed), or name a coordinator outside the "
            + "Swedish route (coordinator-only-on-the-swedish-route)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response shareWithPartner(@PathParam("feedbackId") UUID feedbackId,
            @Parameter(description = "The feedback's ETag; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartnerSharingInput input) {
        return respond(feedback.shareWithPartner(feedbackId, ifMatch, input));
    }

    @POST
    @Path("/feedback/{feedbackId}/partner-sharing-withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "The returnee takes the feedback back from one partner: recorded, and the entry leaves "
            + "that partner's timeline; what was not yet delivered to its webhook is not (roles: mission of the "
            + "country of return; caseworker of the office)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PartnerSharingInput.class),
            examples = @ExampleObject(name = "referrer", externalValue = "examples/feedback/withdraw-from-referrer.json")))
    @APIResponse(responseCode = "200", description = "Withdrawn: the feedback, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class),
                    examples = @ExampleObject(name = "withdrawn", externalValue = "examples/feedback-forwarded.json")))
    @APIResponse(responseCode = "409", description = "Not shared with that partner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdrawFromPartner(@PathParam("feedbackId") UUID feedbackId,
            @Parameter(description = "The feedback's ETag; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartnerSharingInput input) {
        return respond(feedback.withdrawFromPartner(feedbackId, ifMatch, input));
    }

    private static Response respond(ReturneeFeedbacks.Found f) {
        return Response.ok(FeedbackView.of(f)).tag(ETags.of(f.feedback().version)).build();
    }
}
