package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.<service>.work-item-opened.v1}, keyed by the case id (the referral id before a case exists): a new
 * item arrived on the work queue of an IOM office's caseworkers or of a mission, so that monitoring-service pushes
 * a notification to their subscribers. The kind, the ids, the office and where to read it: never the details.
 *
 * @param caseId     the case, where there is one
 * @param referralId the referral, for referral-service's items (before a case exists)
 * @param office   the IOM office whose caseworkers do the work, or that sent the case (for a mission's item)
 * @param audience who does the work: {@code CASEWORKER} (the office's caseworkers) or {@code MISSION} (the mission
 *                 of the case's country of return, under the sharing rule)
 * @param href     the API path, on the producing service, where the item is read and acted on
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkItemOpened(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z_]*") String kind,
        @NotNull UUID subjectId, UUID caseId, UUID referralId, @NotBlank @Size(max = 100) String office,
        @NotBlank @Pattern(regexp = "CASEWORKER|MISSION") String audience,
        @NotBlank @Size(max = 200) @Pattern(regexp = "/api/v1/[a-z0-9/-]+") String href,
        @NotNull OffsetDateTime openedAt) {

    public static final String REFERRAL = "avrr.referral.work-item-opened.v1";
    public static final String CASE = "avrr.case.work-item-opened.v1";
    public static final String GRANT = "avrr.grant.work-item-opened.v1";
}
