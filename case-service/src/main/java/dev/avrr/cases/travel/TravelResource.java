package dev.avrr.cases.travel;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.cases.casefile.CaseResponses;
import dev.avrr.cases.casefile.CaseViews;
import dev.avrr.cases.casefile.records.TravelArrangements;
import dev.avrr.cases.casefile.records.TravelBooking;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/cases")
@Tag(name = "Travel")
@Produces(MediaType.APPLICATION_JSON)
public class TravelResource {

    @Inject
    Travel travel;

    @PUT
    @Path("/{id}/travel-arrangements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Record the travel arrangements: travel document (MRZ check digits validated), escort, "
            + "transit and arrival assistance, medical escort; send If-Match (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TravelArrangements.class),
            examples = @ExampleObject(name = "passport-held", externalValue = "examples/travel/arrangements-passport-held.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "passport-held", externalValue = "examples/travel-arranged-case.json")))
    public Response arrangements(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TravelArrangements input) {
        ETags.require(ifMatch);
        return CaseResponses.caseworker(travel.arrangements(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/travel-booking")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Book the journey (date, route, transit points); every travel gate must pass, else 409 "
            + "naming the gate, e.g. udi-approval-missing, risk-assessment-missing, escort-required "
            + "(role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TravelBooking.class),
            examples = @ExampleObject(name = "via-istanbul", externalValue = "examples/travel/book-via-istanbul.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "via-istanbul", externalValue = "examples/travel-booked.json")))
    @APIResponse(responseCode = "409", description = "The state or a travel gate refused: the problem names them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response book(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TravelBooking input) {
        return CaseResponses.caseworker(travel.book(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/departure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Confirm the departure; the travel gates are checked again (role: caseworker)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DateInputs.Departure.class),
            examples = @ExampleObject(name = "departed", externalValue = "examples/travel/depart-departed.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseViews.CaseworkerView.class),
                    examples = @ExampleObject(name = "departed", externalValue = "examples/departed.json")))
    public Response depart(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DateInputs.Departure input) {
        return CaseResponses.caseworker(travel.depart(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/arrival")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION })
    @Operation(summary = "Confirm the arrival in the country of return; the return is completed "
            + "(roles: caseworker of the office; mission of the country of return)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DateInputs.Arrival.class),
            examples = @ExampleObject(name = "arrived", externalValue = "examples/travel/arrive-arrived.json")))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = { CaseViews.CaseworkerView.class, CaseViews.MissionView.class }),
                    examples = {
                            @ExampleObject(name = "caseworker", summary = "The caseworker's view: the whole case",
                                    externalValue = "examples/arrived.json"),
                            @ExampleObject(name = "mission", summary = "The mission's view",
                                    externalValue = "examples/arrived-mission.json") }))
    public Response arrive(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DateInputs.Arrival input) {
        Travel.Arrived a = travel.arrive(id, ifMatch, input);
        Object view = a.audience() == Audience.MISSION ? CaseViews.forMission(a.c())
                : CaseViews.forCaseworker(a.c());
        return Response.ok(view).tag(ETags.of(a.c().version)).build();
    }
}
