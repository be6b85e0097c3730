package dev.avrr.referral.consent;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.platform.problem.Problem;
import dev.avrr.referral.intake.ReferralInput.ConsentInput;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/referrals/{id}")
@Tag(name = "Consent")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

    @Inject
    Consents consents;

    @GET
    @Path("/consents")
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR, Roles.CASEWORKER })
    @Operation(summary = "The person's consents on a referral, standing and withdrawn, with who recorded them, when, "
            + "in which language (roles: partner — own; coordinator, caseworker — as receivers)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ConsentView.class),
            examples = @ExampleObject(name = "consents", externalValue = "examples/consents.json")))
    public List<ConsentView> list(@PathParam("id") UUID id) {
        return consents.list(id).stream().map(ConsentView::of).toList();
    }

    @POST
    @Path("/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR, Roles.CASEWORKER })
    @Operation(summary = "Record a consent the person gave, for one purpose and recipient (roles: partner — own; "
            + "coordinator, caseworker — as receivers)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConsentInput.class),
            examples = @ExampleObject(name = "feedback", summary = "Feedback to the referrer, given through an "
                    + "interpreter", externalValue = "examples/consent/record-feedback.json")))
    @APIResponse(responseCode = "422", description = "rule consent-already-standing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConsentView.class), examples = @ExampleObject(name = "consent", externalValue = "examples/consent.json")))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull ConsentInput input) {
        return Response.status(Response.Status.CREATED).entity(ConsentView.of(consents.record(id, input))).build();
    }

    @POST
    @Path("/consent-withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR, Roles.CASEWORKER })
    @Operation(summary = "Record that the person withdrew consent, for the listed purposes or all: nothing more is "
            + "shared or fed back, and the withdrawal is announced (roles: partner — own; coordinator, caseworker — "
            + "as receivers)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConsentWithdrawal.class),
            examples = @ExampleObject(name = "all", summary = "Every standing consent",
                    externalValue = "examples/consent/withdraw-all.json")))
    @APIResponse(responseCode = "422", description = "rule no-standing-consent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ConsentView.class),
            examples = @ExampleObject(name = "withdrawn-consents", summary = "The consents this withdrawal ended",
                    externalValue = "examples/withdrawn-consents.json")))
    public List<ConsentView> withdraw(@PathParam("id") UUID id, @Valid @NotNull ConsentWithdrawal withdrawal) {
        return consents.withdraw(id, withdrawal).stream().map(ConsentView::of).toList();
    }
}
