package dev.avrr.monitoring.alerts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A protection concern raised for a returnee, outside a contact. */
@Schema(name = "ProtectionAlertInput")
public record AlertInput(@NotNull AlertKind kind, @NotNull AlertUrgency urgency, @NotNull AlertReporter reportedBy,
        @Size(max = 4000) @Schema(description = "What was reported; protected at rest, read only on the alert itself")
        String details) {
}
