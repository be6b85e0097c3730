package dev.avrr.monitoring.alerts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an alert was resolved: a note kept protected, read by the office and the mission only. */
@Schema(name = "ResolveProtectionAlert")
public record ResolveAlert(@NotBlank @Size(max = 2000) String note) {
}
