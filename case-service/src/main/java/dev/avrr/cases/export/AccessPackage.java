package dev.avrr.cases.export;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import dev.avrr.vocabulary.events.AccessPartAssembled;

/**
 * One package per access request (docs/data-protection.md#access): for each service that holds the person's data,
 * what it holds (each class of data, since when, for which purpose, shared with whom), the data themselves, and who
 * read them. case-service's part is {@link SubjectExport}; the others' parts come by event.
 */
@Schema(name = "AccessPackage")
public record AccessPackage(UUID requestId, String requestReference, OffsetDateTime releasedAt,
        List<ServicePart> services) {

    /** One service's part. */
    @Schema(name = "AccessPackagePart")
    public record ServicePart(String service, OffsetDateTime assembledAt,
            List<AccessPartAssembled.Holding> holdings,
            @Schema(type = SchemaType.OBJECT, implementation = Object.class, additionalProperties = Schema.True.class,
                    description = "What the service holds, as its API shows it to staff")
            JsonNode data,
            List<AccessPartAssembled.AccessEntry> accessLog) {
    }
}
