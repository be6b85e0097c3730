package dev.avrr.grant.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.grant.ApiExamples;
import dev.avrr.grant.catalogue.ProgrammeCatalogue;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Roles;

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
            examples = @ExampleObject(name = "applicant-and-child", value = ApiExamples.CASE_REPORT)))
    public CaseReport forCase(@PathParam("caseId") UUID caseId) {
        return reports.forCase(caseId, Roles.CASEWORKER, Roles.MISSION, Roles.FINANCE, Roles.AUDITOR);
    }

    @GET
    @Path("/programmes/{programme}")
    @RolesAllowed({ Roles.FINANCE, Roles.ADMIN, Roles.AUDITOR })
    @Operation(summary = "A programme's grants per category over the entitlements allocated from 'from' up to 'to' "
            + "(dates, UTC), optionally of one version; counts and money only (roles: finance, admin, auditor)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgrammeReport.class),
            examples = @ExampleObject(name = "first-quarter-2026", value = ApiExamples.PROGRAMME_REPORT)))
    public ProgrammeReport forProgramme(@PathParam("programme") String programme,
            @QueryParam("version") @Size(max = 9) String version, @QueryParam("from") @Size(max = 10) String from,
            @QueryParam("to") @Size(max = 10) String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw Problems.invalid("from", "must be before 'to'");
        }
        Integer number = null;
        if (version != null && !version.isBlank()) {
            try {
                number = Integer.valueOf(version.trim());
            } catch (NumberFormatException e) {
                throw Problems.invalid("version", "must be a version number");
            }
        }
        return reports.forProgramme(ProgrammeCatalogue.programme(programme), number, start, end);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problems.invalid(name, "must be a date, YYYY-MM-DD");
        }
    }
}
