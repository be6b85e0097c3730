package dev.avrr.cases.export;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A data subject's request: who recorded it, who released it, and when, and which services answered and which are
 * awaited — an access request's parts; an erasure's checks, then its confirmations once released — and what stands
 * in the way of an erasure; never the package itself.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DataProtectionRequest")
public record DataProtectionRequestView(UUID id, UUID caseId, DataProtectionRequest.Kind kind,
        DataProtectionRequest.Status status, String requestReference, String identityVerifiedBy, String recordedBy,
        OffsetDateTime recordedAt,
        @Schema(description = "The other services whose parts arrived") List<String> partsReceived,
        @Schema(description = "The other services that hold the case's people and have not answered yet; the request "
                + "is released when none is awaited") List<String> partsAwaited,
        @Schema(description = "An erasure: what the other services said stands in the way, as codes "
                + "(open-protection-alert, unpaid-approved-money)") List<String> blockers,
        String releasedBy, OffsetDateTime releasedAt, long version) {

    static DataProtectionRequestView of(DataProtectionRequest r, DataProtectionRequests requests) {
        List<String> received = requests.received(r);
        return new DataProtectionRequestView(r.id, r.caseId, r.kind, r.status, r.requestReference,
                r.identityVerifiedBy, r.recordedBy, r.recordedAt, received, requests.awaited(r, received),
                requests.blockers(r),
                r.releasedBy, r.releasedAt, r.version);
    }
}
