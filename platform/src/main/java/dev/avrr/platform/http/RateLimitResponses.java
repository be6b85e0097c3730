package dev.avrr.platform.http;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

import dev.avrr.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every API operation documents the 429 of {@link RateLimits} and the 503 of a database that is away for a moment
 * (see {@code ProblemMappers}), each with its {@code Retry-After} header, so that an integrator's client knows to
 * wait and retry.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RateLimitResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("429")) {
                    operation.getResponses().addAPIResponse("429", tooMany());
                }
                if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("503")) {
                    operation.getResponses().addAPIResponse("503", unavailable());
                }
            }
        });
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse tooMany() {
        return retryAfter("Your organisation sent more requests than it may (urn:avrr:problem:rate-limited); "
                + "nothing was done: retry after the seconds in Retry-After");
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse unavailable() {
        return retryAfter("The service cannot reach its database for a moment (urn:avrr:problem:unavailable); "
                + "nothing was done: retry after the seconds in Retry-After");
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse retryAfter(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(
                                java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(3600))))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
