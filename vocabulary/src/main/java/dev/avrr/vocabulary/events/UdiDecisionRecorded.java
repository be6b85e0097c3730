package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.case.udi-decision-recorded.v1}, keyed by the case id: UDI decided (stage UDI), or UNE decided an
 * appeal (stage UNE: APPROVED means overturned, REJECTED upheld). The outcome only: the reason and legal basis
 * never leave case-service (docs/domain.md#udi-decisions: the reason is the applicant's and UDI's).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UdiDecisionRecorded(@NotNull UUID caseId, UUID referralId,
        @NotBlank String office, @NotNull @Pattern(regexp = "APPROVED|REJECTED") String outcome,
        @NotNull @Pattern(regexp = "UDI|UNE") String stage, @NotNull OffsetDateTime decidedAt) {

    public static final String TYPE = "avrr.case.udi-decision-recorded.v1";
}
