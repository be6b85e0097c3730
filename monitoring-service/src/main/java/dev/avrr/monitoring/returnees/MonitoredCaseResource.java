package dev.avrr.monitoring.returnees;

import java.time.OffsetDateTime;
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

@Path("/api/v1/monitoring/cases/{caseId}")
@Tag(name = "Monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoredCaseResource {

    @Schema(name = "MonitoredCase")
    public record View(UUID caseId, String office, String countryOfReturn, MonitoredCase.Status status,
            OffsetDateTime registeredAt) {
    }

    @Inject
    MonitoredCases cases;

    @GET
    @RolesAllowed({ Roles.MISSION, Roles.CASEWORKER })
    @Operation(summary = "Where monitoring of a returnee stands (roles: mission — own country only; caseworker)")
    public View read(@PathParam("caseId") UUID caseId) {
        MonitoredCase c = cases.read(caseId);
        return new View(c.caseId, c.office, c.countryOfReturn, c.status, c.registeredAt);
    }
}
