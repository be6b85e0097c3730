package dev.avrr.grant.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why: for a return, a rejection, a cancellation or a reversal. Kept in this service, never in an event. */
@Schema(name = "Reason")
public record ReasonInput(@NotBlank @Size(max = 2000) String reason) {
}
