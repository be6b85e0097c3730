package dev.avrr.grant.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.platform.security.Roles;

@Path("/api/v1/cases/{caseId}/grant-summary")
@Tag(name = "Grants")
@Produces(MediaType.APPLICATION_JSON)
public class GrantSummaryResource {

    /** What grant-service holds for a case; allocations come with the programme catalogue. */
    @Schema(name = "GrantSummary")
    public record GrantSummary(UUID caseId, String office, String countryOfReturn, OffsetDateTime registeredAt,
            List<Object> allocations) {
    }

    @Inject
    GrantCases cases;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.FINANCE })
    @Operation(summary = "The grant summary of a case known from case-service (roles: caseworker, finance)")
    public GrantSummary summary(@PathParam("caseId") UUID caseId) {
        GrantCase c = cases.read(caseId);
        return new GrantSummary(c.caseId, c.office, c.countryOfReturn, c.registeredAt, List.of());
    }
}
