package dev.avrr.monitoring.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One consent decision as recorded. */
@Schema(name = "ConsentDecisionEntry")
public record ConsentView(ConsentPurpose purpose, String recipient, UUID feedbackId, ConsentDecision decision,
        LocalDate declaredOn, String language, String takenBy, String takenByOrg, OffsetDateTime recordedAt) {

    static ConsentView of(ConsentRecord r) {
        return new ConsentView(r.purpose, r.recipient, r.feedbackId, r.decision, r.declaredOn, r.language, r.takenBy,
                r.takenByOrg, r.recordedAt);
    }
}
