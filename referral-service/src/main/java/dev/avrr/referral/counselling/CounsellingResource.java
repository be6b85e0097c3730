package dev.avrr.referral.counselling;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;
import dev.avrr.referral.intake.Sex;
import dev.avrr.vocabulary.Roles;

/** Return counselling in reception centres (docs/domain.md#return-counselling-in-reception-centres): the counsellor's residents, conversations and figures. */
@Path("/api/v1/counselling")
@Tag(name = "Return counselling")
@Produces(MediaType.APPLICATION_JSON)
public class CounsellingResource {

    @Inject
    Counselling counselling;

    @Inject
    YearlyFigures figures;

    @Inject
    Caller caller;

    @Schema(name = "Resident")
    public record ResidentView(UUID id, String givenName, String familyName, LocalDate dateOfBirth, Sex sex,
            String nationality, boolean minor) {

        static ResidentView of(Resident r) {
            return new ResidentView(r.id, r.givenName, r.familyName, r.dateOfBirth, r.sex, r.nationality,
                    r.minorOn(Now.today()));
        }
    }

    @Schema(name = "ConversationTrigger")
    public record TriggerView(UUID id, UUID residentId, MandatoryTrigger kind, LocalDate decidedOn) {

        static TriggerView of(ConversationTrigger t) {
            return new TriggerView(t.id, t.residentId, t.kind, t.decidedOn);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReturnConversation")
    public record ConversationView(UUID id, UUID residentId, LocalDate heldOn, ReturnConversation.Form form,
            UUID triggerId, boolean interpreterUsed, String interpreterLanguage, ReturnConversation.Outcome outcome,
            String notes) {

        static ConversationView of(ReturnConversation c) {
            return new ConversationView(c.id, c.residentId, c.heldOn, c.form, c.triggerId, c.interpreterUsed,
                    c.interpreterLanguage, c.outcome, c.notes);
        }
    }

    @Schema(name = "ResidentOutcome")
    public record OutcomeView(UUID id, UUID residentId, ResidentOutcome.Kind kind, LocalDate occurredOn) {
    }

    @Schema(name = "OwedConversation")
    public record OwedView(ResidentView resident, TriggerView trigger) {
    }

    /** OpenAPI only: {@code @Schema(implementation)} cannot name {@code Page<ResidentView>}; this mirrors it. */
    @Schema(name = "ResidentPage")
    record ResidentPage(List<ResidentView> items, int page, int size, long totalItems,
            @Schema(description = Page.CAPPED) boolean totalItemsCapped) {
    }

    @POST
    @Path("/residents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNSELLOR)
    @Operation(summary = "Register a resident of your reception centre (role: counsellor; the centre is your org)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CounsellingInput.Resident.class),
            examples = @ExampleObject(name = "minor", externalValue = "examples/counselling/register-minor.json")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResidentView.class), examples = @ExampleObject(name = "resident", externalValue = "examples/resident.json")))
    public Response register(@Valid @NotNull CounsellingInput.Resident input, @Context UriInfo uri) {
        Resident r = counselling.register(input);
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/counselling/residents/" + r.id))
                .entity(ResidentView.of(r)).build();
    }

    @GET
    @Path("/residents")
    @RolesAllowed(Roles.COUNSELLOR)
    @Operation(summary = "Your centre's residents, the most recently registered first, minors flagged; minor=true "
            + "lists minors only, paged (role: counsellor)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResidentPage.class),
            examples = @ExampleObject(name = "resident-page", externalValue = "examples/resident-page.json")))
    public Page<ResidentView> residents(@QueryParam("minor") Boolean minor, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        Page<Resident> found = counselling.list(minor, PageRequest.of(page, size));
        return found.map(ResidentView::of);
    }

    @GET
    @Path("/residents/{id}")
    @RolesAllowed(Roles.COUNSELLOR)
    @Operation(summary = "Read a resident of your centre (role: counsellor)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResidentView.class),
            examples = @ExampleObject(name = "resident", externalValue = "examples/resident.json")))
    public ResidentView resident(@PathParam("id") UUID id) {
        return ResidentView.of(counselling.read(id));
    }

    @POST
    @Path("/residents/{id}/triggers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNSELLOR)
    @Operation(summary = "Record a decision that makes a return conversation mandatory for a minor: a UDI or UNE "
            + "rejection, a permit until 18 (role: counsellor)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CounsellingInput.Trigger.class),
            examples = @ExampleObject(name = "une-rejection",
                    externalValue = "examples/counselling/trigger-une-rejection.json")))
    @APIResponse(responseCode = "422", description = "rule mandatory-conversation-minors-only",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The resident's data were erased (guard erased)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TriggerView.class), examples = @ExampleObject(name = "trigger", externalValue = "examples/trigger.json")))
    public Response trigger(@PathParam("id") UUID id, @Valid @NotNull CounsellingInput.Trigger input) {
        return Response.status(Response.Status.CREATED).entity(TriggerView.of(counselling.recordTrigger(id, input)))
                .build();
    }

    @POST
    @Path("/residents/{id}/conversations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNSELLOR)
    @Operation(summary = "Record a return conversation; with triggerId it is the mandatory one for that decision "
            + "(role: counsellor)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CounsellingInput.Conversation.class),
            examples = @ExampleObject(name = "formal-with-interpreter", summary = "The mandatory conversation after "
                    + "a recorded decision", externalValue = "examples/counselling/conversation-formal-with-interpreter.json")))
    @APIResponse(responseCode = "409", description = "The resident's data were erased (guard erased)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConversationView.class), examples = @ExampleObject(name = "conversation", externalValue = "examples/conversation.json")))
    public Response conversation(@PathParam("id") UUID id, @Valid @NotNull CounsellingInput.Conversation input) {
        return Response.status(Response.Status.CREATED)
                .entity(ConversationView.of(counselling.recordConversation(id, input))).build();
    }

    @GET
    @Path("/residents/{id}/conversations")
    @RolesAllowed(Roles.COUNSELLOR)
    @Operation(summary = "A resident's return conversations, oldest first (role: counsellor)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ConversationView.class),
            examples = @ExampleObject(name = "conversations", externalValue = "examples/conversations.json")))
    public List<ConversationView> conversations(@PathParam("id") UUID id) {
        return counselling.conversations(id).stream().map(ConversationView::of).toList();
    }

    @POST
    @Path("/residents/{id}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNSELLOR)
    @Operation(summary = "Record what became of a resident: applied to IOM, travelled, returned by force, "
            + "disappeared (role: counsellor)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CounsellingInput.Outcome.class),
            examples = @ExampleObject(name = "applied",
                    externalValue = "examples/counselling/outcome-applied.json")))
    @APIResponse(responseCode = "409", description = "The resident's data were erased (guard erased)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OutcomeView.class), examples = @ExampleObject(name = "outcome", externalValue = "examples/outcome.json")))
    public Response outcome(@PathParam("id") UUID id, @Valid @NotNull CounsellingInput.Outcome input) {
        ResidentOutcome o = counselling.recordOutcome(id, input);
        return Response.status(Response.Status.CREATED)
                .entity(new OutcomeView(o.id, o.residentId, o.kind, o.occurredOn)).build();
    }

    @GET
    @Path("/mandatory-conversations-owed")
    @RolesAllowed(Roles.COUNSELLOR)
    @Operation(summary = "Minors of your centre owed a mandatory return conversation after a decision, oldest "
            + "decision first (role: counsellor)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = OwedView.class),
            examples = @ExampleObject(name = "owed", externalValue = "examples/owed.json")))
    public List<OwedView> owed() {
        return counselling.owed().stream()
                .map(o -> new OwedView(ResidentView.of(o.resident()), TriggerView.of(o.trigger()))).toList();
    }

    @GET
    @Path("/figures")
    @RolesAllowed({ Roles.COUNSELLOR, Roles.UDI })
    @Operation(summary = "A year's figures per centre: conversations with minors, minors reached by sex, applied "
            + "to IOM, travelled, returned by force, disappeared; 1 to 4 shown as \"<5\" and a figure that would "
            + "reveal one as \"suppressed\" (roles: counsellor — own centre; udi — every centre, or one with centre=)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = YearlyFigures.Report.class),
            examples = @ExampleObject(name = "figures", externalValue = "examples/figures.json")))
    public YearlyFigures.Report figures(@QueryParam("year") Integer year,
            @QueryParam("centre") @Size(max = 100) String centre) {
        if (year == null || year < 2000 || year > Now.today().getYear()) {
            throw Problems.invalid("year", "is required: a year from 2000 to this year");
        }
        if (caller.hasRole(Roles.UDI)) {
            return figures.of(year, centre == null || centre.isBlank() ? null : centre);
        }
        String own = caller.requireOrg();
        if (centre != null && !centre.equals(own)) {
            throw Problems.notFound("reception centre");
        }
        return figures.of(year, own);
    }
}
