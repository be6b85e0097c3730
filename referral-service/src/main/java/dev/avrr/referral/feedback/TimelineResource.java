package dev.avrr.referral.feedback;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.vocabulary.Roles;

/** Återkoppling: the referrer's timeline of its referral. */
@Path("/api/v1/referrals/{id}/timeline")
@Tag(name = "Feedback")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    @Inject
    Timelines timelines;

    @GET
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Operation(summary = "Your referral's timeline (Återkoppling): its own steps, and the case's sanitised "
            + "milestones while the person's consent to feedback to your organisation stands (roles: partner — "
            + "own; coordinator — Swedish referrals sent to it)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Timelines.Timeline.class),
            examples = {
                    @ExampleObject(name = "sweden", summary = "Sweden, the referrer's consent to feedback standing: "
                            + "the steps and the case's milestones", externalValue = "examples/timeline.json"),
                    @ExampleObject(name = "feedback-withdrawn", summary = "Norway, the consent to feedback withdrawn: "
                            + "the referral's own steps only", externalValue = "examples/timeline-feedback-withdrawn.json") }))
    public Timelines.Timeline timeline(@PathParam("id") UUID id) {
        return timelines.of(id);
    }
}
