package dev.avrr.monitoring.scores;

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

import dev.avrr.platform.http.QueryParams;
import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/monitoring")
@Tag(name = "Sustainability scores")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

    @Inject
    SustainabilitySurveys surveys;

    @Inject
    SustainabilitySchemes schemes;

    @POST
    @Path("/cases/{caseId}/surveys")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "Record a sustainability survey: a baseline at or before the return, or a follow-up after "
            + "it; scored per dimension and composite (roles: mission of the country of return — baseline and "
            + "follow-up; caseworker of the office — baseline)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SurveyInput.class),
            examples = @ExampleObject(name = "follow-up", externalValue = "examples/scores/record-follow-up.json")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class),
            examples = @ExampleObject(name = "follow-up", summary = "Scored and compared with the baseline",
                    externalValue = "examples/survey-follow-up.json")))
    @APIResponse(responseCode = "400", description = "An unknown indicator, a value outside its scale, a missing "
            + "answer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A baseline after the return, a second baseline, a follow-up "
            + "before the return", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("caseId") UUID caseId, @Valid @NotNull SurveyInput input,
            @Context UriInfo uri) {
        SustainabilitySurveys.Scored scored = surveys.record(caseId, input);
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/monitoring/cases/" + caseId + "/surveys"))
                .entity(SurveyView.of(scored)).build();
    }

    @GET
    @Path("/cases/{caseId}/surveys")
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "A returnee's surveys in the order taken, each follow-up compared with the baseline "
            + "(roles: mission — your country's returnees; caseworker — your office's cases)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = SurveyView.class),
            examples = @ExampleObject(name = "baseline-and-follow-up", externalValue = "examples/surveys.json")))
    public List<SurveyView> list(@PathParam("caseId") UUID caseId) {
        return surveys.of(caseId).stream().map(SurveyView::of).toList();
    }

    @GET
    @Path("/cases/{caseId}/surveys/{surveyId}/scores")
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "A survey's scores recomputed from its answers: with the weights it was scored with (as it "
            + "was), or with another version (roles: mission — your country's returnees; caseworker — your office's)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SurveyView.Rescored.class),
            examples = {
                    @ExampleObject(name = "as-recorded", summary = "With the weights it was scored with",
                            externalValue = "examples/scores-as-recorded.json"),
                    @ExampleObject(name = "other-version", summary = "With version 2: the economic dimension "
                            + "weighs double", externalValue = "examples/scores-recomputed.json") }))
    public SurveyView.Rescored scores(@PathParam("caseId") UUID caseId, @PathParam("surveyId") UUID surveyId,
            @QueryParam("weightsVersion") @Size(max = 9) String weightsVersion) {
        return SurveyView.Rescored.of(surveys.rescore(caseId, surveyId,
                QueryParams.positive("weightsVersion", weightsVersion)));
    }

    @GET
    @Path("/sustainability/scheme")
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "The survey's indicators and weights: the version valid today, or the one asked for "
            + "(roles: mission, caseworker, auditor, admin)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SchemeView.class),
            examples = @ExampleObject(name = "equal-weights", summary = "Version 1: equal weights",
                    externalValue = "examples/scheme-equal.json")))
    public SchemeView scheme(@QueryParam("version") @Size(max = 9) String version) {
        Integer number = QueryParams.positive("version", version);
        return SchemeView.of(number == null ? schemes.validOn(Now.today()) : schemes.version(number));
    }

    @POST
    @Path("/sustainability/weights")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a new version of the weights, valid from a future date; surveys already taken "
            + "keep theirs (role: admin)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WeightsInput.class),
            examples = @ExampleObject(name = "economic-double", externalValue = "examples/scores/publish-economic-double.json")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeView.class),
            examples = @ExampleObject(name = "economic-double", externalValue = "examples/scheme-economic-double.json")))
    public Response publish(@Valid @NotNull WeightsInput input, @Context UriInfo uri) {
        SchemeView published = SchemeView.of(schemes.publish(input));
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/monitoring/sustainability/scheme?version="
                + published.version())).entity(published).build();
    }
}
