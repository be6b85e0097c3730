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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.monitoring.ApiExamples;
import dev.avrr.monitoring.common.Params;
import dev.avrr.platform.events.contract.Programme;
import dev.avrr.platform.http.QueryParams;
import dev.avrr.platform.security.Roles;

@Path("/api/v1/monitoring")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    MonitoringStatistics statistics;

    @GET
    @Path("/statistics")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Statistics without personal data for the returns that arrived in the given months "
            + "(default: the last twelve), by country, programme or category; counts of 1 to 4 shown as \"<5\" "
            + "(roles: caseworker, mission, auditor, admin)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatisticsView.class),
            examples = @ExampleObject(name = "by-country", summary = "The returns that arrived in 2025, by country",
                    value = ApiExamples.STATISTICS_BY_COUNTRY)))
    public StatisticsView get(@QueryParam("arrivedFrom") @Size(max = 7) String arrivedFrom,
            @QueryParam("arrivedTo") @Size(max = 7) String arrivedTo,
            @QueryParam("groupBy") @Size(max = 20) String groupBy,
            @QueryParam("countryOfReturn") @Size(max = 3) String countryOfReturn,
            @QueryParam("programme") @Size(max = 30) String programme) {
        return statistics.compute(new MonitoringStatistics.Query(Params.month("arrivedFrom", arrivedFrom),
                Params.month("arrivedTo", arrivedTo), QueryParams.enumValue("groupBy", groupBy, GroupBy.class),
                Params.country("countryOfReturn", countryOfReturn),
                QueryParams.enumValue("programme", programme, Programme.class)));
    }
}
