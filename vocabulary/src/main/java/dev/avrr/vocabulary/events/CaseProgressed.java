package dev.avrr.vocabulary.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A case moved on, keyed by the case id; the type says how: eligibility assessed, travel scheduled (with the
 * departure {@code date}), departed (the departure {@code date}), closed, withdrawn, absconded. {@code status}
 * is the case's new state. Ids, codes and dates only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseProgressed(@NotNull UUID caseId, UUID referralId, @NotBlank String office,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String countryOfReturn, @NotBlank String status, LocalDate date,
        @NotNull OffsetDateTime at) {

    public static final String ELIGIBILITY_ASSESSED = "avrr.case.eligibility-assessed.v1";
    public static final String TRAVEL_SCHEDULED = "avrr.case.travel-scheduled.v1";
    public static final String DEPARTED = "avrr.case.departed.v1";
    public static final String CLOSED = "avrr.case.closed.v1";
    public static final String WITHDRAWN = "avrr.case.withdrawn.v1";
    public static final String ABSCONDED = "avrr.case.absconded.v1";
}
