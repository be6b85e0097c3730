package dev.avrr.vocabulary.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.case.return-completed.v1}, keyed by the case id: the household arrived in the country of return.
 * Monitoring plans from it; grant-service allocates from it where the programme says so. The programme and the
 * household (ages and relations, no names) travel sealed, as {@link CaseSpecifics} in {@code data.personal}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReturnCompleted(@NotNull UUID caseId, UUID referralId,
        @NotNull @Pattern(regexp = "NO|SE") String jurisdiction, @NotBlank String office,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String countryOfReturn, @NotNull LocalDate arrivalDate) {

    public static final String TYPE = "avrr.case.return-completed.v1";
}
