package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A sanitised step of post-return monitoring, keyed by the case id, for the referrer's timeline (Återkoppling,
 * docs/domain.md#the-swedish-route): started, a contact made, completed, ended early. Nothing of what a contact found.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MonitoringMilestone(@NotNull UUID caseId, @NotNull OffsetDateTime at) {

    public static final String STARTED = "avrr.monitoring.started.v1";
    public static final String CONTACT_MADE = "avrr.monitoring.contact-made.v1";
    public static final String COMPLETED = "avrr.monitoring.completed.v1";
    public static final String ENDED_EARLY = "avrr.monitoring.ended-early.v1";
}
