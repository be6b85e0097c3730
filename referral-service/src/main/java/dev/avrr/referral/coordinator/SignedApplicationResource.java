package dev.avrr.referral.coordinator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.platform.problem.Problem;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/referrals/{id}/signed-application")
@Tag(name = "Swedish route")
@Produces(MediaType.APPLICATION_JSON)
public class SignedApplicationResource {

    /** The signed application as it was recorded. */
    @Schema(name = "SignedApplicationRecord")
    public record View(UUID referralId, LocalDate signedOn, String language,
            List<SignedApplicationInput.Attachment> attachments, OffsetDateTime recordedAt, String recordedByOrg) {

        /** None read (an empty list sealed with a key an erasure destroyed) shows as no attachments. */
        public static View of(SignedApplication a) {
            return new View(a.referralId, a.signedOn, a.language, a.attachments == null ? List.of() : a.attachments,
                    a.recordedAt, a.recordedByOrg);
        }
    }

    @Inject
    SignedApplications applications;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.COORDINATOR, Roles.PARTNER })
    @Operation(summary = "Record the person's signed AVRR application with its attachments' metadata (Välgrundat "
            + "beslut) on an accepted Swedish referral (roles: caseworker of IOM Helsinki; coordinator; the "
            + "referring partner)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SignedApplicationInput.class),
            examples = @ExampleObject(name = "with-passport-copy", externalValue = "examples/coordinator/record-with-passport-copy.json")))
    @APIResponse(responseCode = "409", description = "Not an accepted Swedish referral, or already recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = View.class), examples = @ExampleObject(name = "signed-application", externalValue = "examples/signed-application.json")))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull SignedApplicationInput input) {
        return Response.status(Response.Status.CREATED).entity(View.of(applications.record(id, input))).build();
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.COORDINATOR })
    @Operation(summary = "Read the signed application's record (roles: caseworker of IOM Helsinki, coordinator; the "
            + "referrer sees the step in the history only)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = View.class),
            examples = @ExampleObject(name = "signed-application", externalValue = "examples/signed-application.json")))
    public View read(@PathParam("id") UUID id) {
        return View.of(applications.read(id));
    }
}
