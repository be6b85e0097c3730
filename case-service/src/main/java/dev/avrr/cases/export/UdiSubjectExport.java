package dev.avrr.cases.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.cases.casefile.Recorded;
import dev.avrr.cases.casefile.records.Consent;
import dev.avrr.cases.casefile.records.UdiDecision;

/**
 * UDI's part of the person's access request: UDI's and UNE's decisions in full, reasons and legal basis included,
 * and the consent under which the application came to UDI. Produced by UDI (role udi) and handed to the person by
 * UDI: docs/domain.md#udi-decisions gives the reason to the applicant personally, never to IOM, so no IOM role reads this part.
 */
@Schema(name = "UdiSubjectExport")
public record UdiSubjectExport(OffsetDateTime exportedAt, String requestReference, UUID caseId,
        Consent udiConsent, OffsetDateTime submittedAt, List<Recorded<UdiDecision>> decisions, LocalDate appealedOn) {
}
