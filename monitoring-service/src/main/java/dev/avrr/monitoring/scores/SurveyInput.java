package dev.avrr.monitoring.scores;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A survey as recorded: one answer for each indicator of the weights version valid on the day it was taken. */
@Schema(name = "SurveyInput")
public record SurveyInput(
        @NotNull SurveyKind kind,
        @NotNull @PastOrPresent LocalDate takenOn,
        @NotNull @Size(min = 1, max = 100) List<@Valid @NotNull Answer> answers) {

    /** One answer, on the indicator's scale. */
    @Schema(name = "SurveyAnswer")
    public record Answer(@NotBlank @Size(max = 40) String indicator, @NotNull Integer value) {
    }
}
