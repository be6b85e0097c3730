package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.grant.plan-approved.v1}, keyed by the case id: a beneficiary's reintegration plan was approved
 * by the caseworker, so in-kind support may be paid on it; the referrer's timeline shows "reintegration
 * started".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReintegrationPlanApproved(@NotNull UUID caseId, @NotNull UUID planId, @NotNull UUID beneficiaryId,
        @NotNull OffsetDateTime approvedAt) {

    public static final String TYPE = "avrr.grant.plan-approved.v1";
}
