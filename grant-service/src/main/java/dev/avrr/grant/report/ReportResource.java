package dev.avrr.grant.report;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.grant.catalogue.ProgrammeCatalogue;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.statistics.ReportingPeriod;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    Reports reports;

    @GET
    @Path("/cases/{caseId}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION, Roles.FINANCE, Roles.AUDITOR })
    @Operation(summary = "A case's grants: allocated, converted, reserved, disbursed and remaining per category, per "
            + "beneficiary and in total; no personal data (roles: caseworker, mission, finance, auditor, within their "
            + "scope)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseReport.class),
            examples = @ExampleObject(name = "applicant-and-child", externalValue = "examples/case-report.json")))
    public CaseReport forCase(@PathParam("caseId") UUID caseId) {
        return reports.forCase(caseId, Roles.CASEWORKER, Roles.MISSION, Roles.FINANCE, Roles.AUDITOR);
    }

    @GET
    @Path("/programmes/{programme}")
    @RolesAllowed({ Roles.FINANCE, Roles.ADMIN, Roles.AUDITOR })
    @Operation(summary = "A programme's grants per category over the entitlements allocated in one calendar month, "
            + "quarter or year (UTC; default: this year), optionally of one version; counts and money only, counts of "
            + "1 to 4 shown as \"<5\" and figures that would reveal one suppressed (roles: finance, admin, auditor)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgrammeReport.class),
            examples = @ExampleObject(name = "first-quarter-2026", externalValue = "examples/programme-report.json")))
    public ProgrammeReport forProgramme(@PathParam("programme") String programme,
            @QueryParam("version") @Size(max = 9) String version,
            @QueryParam("period") @Size(max = 7) @Parameter(description = "Month 2026-03, quarter 2026-Q1 or year "
                    + "2026; no other window") String period) {
        ReportingPeriod asked = ReportingPeriod.parse("period", period);
        Integer number = null;
        if (version != null && !version.isBlank()) {
            try {
                number = Integer.valueOf(version.trim());
            } catch (NumberFormatException e) {
                throw Problems.invalid("version", "must be a version number");
            }
        }
        return reports.forProgramme(ProgrammeCatalogue.programme(programme), number,
                asked != null ? asked : ReportingPeriod.year(Now.today().getYear()));
    }
}
