package dev.avrr.grant.disbursement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.grant.catalogue.EvidenceRequirement;

/** Recorded evidence, for the mission and the caseworker who need to know. */
@Schema(name = "Evidence")
public record EvidenceView(UUID id, UUID entitlementId, String category, EvidenceRequirement type,
        LocalDate issuedOn, String description, String recordedBy, OffsetDateTime recordedAt) {

    static EvidenceView of(Evidence e) {
        return new EvidenceView(e.id, e.entitlementId, e.category, e.type, e.issuedOn, e.description, e.recordedBy,
                e.recordedAt);
    }
}
