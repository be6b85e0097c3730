package dev.avrr.cases.registration;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.http.QueryParams;
import dev.avrr.platform.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    CaseRegistration cases;

    @GET
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "List cases, filtered by referral and status, paged (role: caseworker)")
    public Page<CaseView> list(@QueryParam("referralId") @Size(max = 36) String referralId,
            @QueryParam("status") @Size(max = 30) String status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<AvrrCase> found = cases.list(QueryParams.uuid("referralId", referralId),
                QueryParams.enumValue("status", status, CaseStatus.class), PageRequest.of(page, size));
        return new Page<>(found.items().stream().map(CaseView::of).toList(), found.page(), found.size(),
                found.totalItems());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Read a case (role: caseworker)")
    public Response read(@PathParam("id") UUID id) {
        AvrrCase c = cases.read(id);
        return Response.ok(CaseView.of(c)).tag(ETags.of(c.version)).build();
    }
}
