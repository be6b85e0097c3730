package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A person's erasure, in two steps, keyed by the case id: {@code avrr.case.erasure-requested.v1} when a
 * data-protection officer records the request — every other service that holds the case's people answers whether
 * anything stands in the way ({@link ErasureAnswered}, stage CHECKED) — and {@code avrr.case.erasure-released.v1}
 * when another officer releases it — every service erases what it holds on them and confirms (stage ERASED). Ids
 * and a time only.
 *
 * @param referralId the referral the case came from; null for a case registered directly
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErasureRequested(@NotNull UUID requestId, @NotNull UUID caseId, UUID referralId,
        @NotNull OffsetDateTime at) {

    public static final String REQUESTED = "avrr.case.erasure-requested.v1";
    public static final String RELEASED = "avrr.case.erasure-released.v1";
}
