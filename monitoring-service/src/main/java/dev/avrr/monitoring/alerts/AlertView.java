package dev.avrr.monitoring.alerts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A protection alert as the sending office's caseworker and the mission see it. The kind is read here, never
 * from an event; details and the steps' notes only when the alert is read on its own.
 */
@Schema(name = "ProtectionAlert")
public record AlertView(UUID id, UUID caseId, UUID contactId, String office, String countryOfReturn, AlertKind kind,
        AlertUrgency urgency, AlertReporter reportedBy, AlertLegalBasis legalBasis, AlertStatus status,
        @Schema(description = "How many of its urgency's deadlines passed unacknowledged") int escalationLevel,
        OffsetDateTime raisedAt, String raisedByOrg, long version, String details, List<Step> steps) {

    /** One recorded step. */
    @Schema(name = "ProtectionAlertStep")
    public record Step(AlertStep.Step step, AlertStatus status, OffsetDateTime at, String actorOrg, String note) {
    }

    static AlertView summary(ProtectionAlerts.Found f) {
        return of(f, false);
    }

    static AlertView full(ProtectionAlerts.Found f) {
        return of(f, true);
    }

    private static AlertView of(ProtectionAlerts.Found f, boolean full) {
        ProtectionAlert a = f.alert();
        return new AlertView(a.id, a.caseId, a.contactId, f.returnee().office, f.returnee().countryOfReturn, a.kind(),
                a.urgency, a.reportedBy, a.legalBasis, a.status(), a.escalationLevel, a.raisedAt, a.raisedByOrg, a.version,
                full ? a.details : null,
                full ? f.steps().stream().map(s -> new Step(s.step, s.toStatus, s.occurredAt, s.actorOrg, s.note))
                        .toList() : null);
    }
}
