package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.case.access-requested.v1}, keyed by the case id: a data-protection officer recorded a person's access
 * request on a case, and every other service that holds the case's people contributes its part
 * ({@link AccessPartAssembled}) to the one package case-service assembles. Ids and a time only: who asked, and how
 * their identity was verified, stay in case-service.
 *
 * @param referralId the referral the case came from; null for a case registered directly
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccessRequested(@NotNull UUID requestId, @NotNull UUID caseId, UUID referralId,
        @NotNull OffsetDateTime requestedAt) {

    public static final String TYPE = "avrr.case.access-requested.v1";
}
