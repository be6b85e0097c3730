package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A protection alert of post-return monitoring moved, keyed by the case id: raised by a contact (it needs the
 * sending office's attention at once), acknowledged, resolved. {@code office} is the sending IOM office's
 * organisation id. Never the alert's kind (trafficking, violence, health, a child) or any detail: the office's
 * caseworker reads those through monitoring-service's API.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProtectionAlertNotice(@NotNull UUID alertId, @NotNull UUID caseId, @NotBlank String office,
        @NotNull OffsetDateTime at) {

    public static final String RAISED = "avrr.monitoring.alert-raised.v1";
    public static final String ACKNOWLEDGED = "avrr.monitoring.alert-acknowledged.v1";
    public static final String RESOLVED = "avrr.monitoring.alert-resolved.v1";
}
