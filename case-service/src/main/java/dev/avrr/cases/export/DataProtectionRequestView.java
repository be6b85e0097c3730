package dev.avrr.cases.export;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A data subject's request: who recorded it, who released it, and when; never the package itself. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DataProtectionRequest")
public record DataProtectionRequestView(UUID id, UUID caseId, DataProtectionRequest.Kind kind,
        DataProtectionRequest.Status status, String requestReference, String identityVerifiedBy, String recordedBy,
        OffsetDateTime recordedAt, String releasedBy, OffsetDateTime releasedAt, long version) {

    static DataProtectionRequestView of(DataProtectionRequest r) {
        return new DataProtectionRequestView(r.id, r.caseId, r.kind, r.status, r.requestReference,
                r.identityVerifiedBy, r.recordedBy, r.recordedAt, r.releasedBy, r.releasedAt, r.version);
    }
}
