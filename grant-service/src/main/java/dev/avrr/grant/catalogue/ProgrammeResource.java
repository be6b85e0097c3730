package dev.avrr.grant.catalogue;

import java.net.URI;
import java.util.List;

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

import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/programmes")
@Tag(name = "Programme catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    @Inject
    ProgrammeCatalogue catalogue;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.FINANCE, Roles.CASEWORKER, Roles.MISSION, Roles.AUDITOR })
    @Operation(summary = "The programme versions in force today, with their categories and package totals "
            + "(roles: admin, finance, caseworker, mission, auditor)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgrammeVersionView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "seeded-programmes", externalValue = "examples/programmes-in-force.json")))
    public List<ProgrammeVersionView> inForce() {
        return catalogue.inForce(Now.today());
    }

    @GET
    @Path("/{programme}/versions")
    @RolesAllowed({ Roles.ADMIN, Roles.FINANCE, Roles.CASEWORKER, Roles.MISSION, Roles.AUDITOR })
    @Operation(summary = "Every version of a programme, oldest first (roles: admin, finance, caseworker, mission, "
            + "auditor)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgrammeVersionView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "vulnerable-groups", externalValue = "examples/programme-versions.json")))
    public List<ProgrammeVersionView> versions(@PathParam("programme") String programme) {
        return catalogue.versions(ProgrammeCatalogue.programme(programme));
    }

    @GET
    @Path("/{programme}/versions/{version}")
    @RolesAllowed({ Roles.ADMIN, Roles.FINANCE, Roles.CASEWORKER, Roles.MISSION, Roles.AUDITOR })
    @Operation(summary = "One version of a programme (roles: admin, finance, caseworker, mission, auditor)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgrammeVersionView.class),
            examples = @ExampleObject(name = "udi-standard-1", externalValue = "examples/programme-version.json")))
    public ProgrammeVersionView version(@PathParam("programme") String programme,
            @PathParam("version") String version) {
        int number;
        try {
            number = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw Problems.notFound("programme version");
        }
        return catalogue.version(ProgrammeCatalogue.programme(programme), number);
    }

    @POST
    @Path("/{programme}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a programme version that takes over from its validFrom; allocations keep the version "
            + "they were made under (role: admin)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewProgrammeVersion.class),
            examples = @ExampleObject(name = "vulnerable-groups-2031", externalValue = "examples/catalogue/add-vulnerable-groups-2031.json")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgrammeVersionView.class),
            examples = @ExampleObject(name = "vulnerable-groups-2031", externalValue = "examples/programme-version-added.json")))
    @APIResponse(responseCode = "422", description = "A rule refused the version (the problem names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("programme") String programme, @Valid @NotNull NewProgrammeVersion input,
            @Context UriInfo uri) {
        ProgrammeVersionView v = catalogue.add(ProgrammeCatalogue.programme(programme), input);
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/programmes/" + v.programme() + "/versions/"
                + v.version())).entity(v).build();
    }
}
