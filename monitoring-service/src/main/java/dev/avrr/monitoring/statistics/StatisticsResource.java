package dev.avrr.monitoring.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import dev.avrr.platform.http.QueryParams;
import dev.avrr.platform.statistics.ReportingPeriod;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.Programme;

@Path("/api/v1/monitoring")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    MonitoringStatistics statistics;

    @GET
    @Path("/statistics")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Statistics without personal data for the returns that arrived in one calendar month, "
            + "quarter or year (default: this year), by country, programme or category; counts of 1 to 4 shown as "
            + "\"<5\", and a figure that would reveal one in any of its months as \"suppressed\" "
            + "(roles: caseworker, mission, auditor, admin)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatisticsView.class),
            examples = @ExampleObject(name = "by-country", summary = "The returns that arrived in 2025, by country",
                    externalValue = "examples/statistics-by-country.json")))
    public StatisticsView get(@QueryParam("period") @Size(max = 7) @Parameter(description = "Month of arrival "
            + "2026-03, quarter 2026-Q1 or year 2026; no other window") String period,
            @QueryParam("groupBy") @Size(max = 20) String groupBy,
            @QueryParam("countryOfReturn") @Size(max = 3) String countryOfReturn,
            @QueryParam("programme") @Size(max = 30) String programme) {
        return statistics.compute(new MonitoringStatistics.Query(ReportingPeriod.parse("period", period), QueryParams.enumValue("groupBy", groupBy, GroupBy.class),
                QueryParams.country("countryOfReturn", countryOfReturn),
                QueryParams.enumValue("programme", programme, Programme.class)));
    }
}
