package dev.avrr.cases.udi;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.cases.casefile.records.DecisionOutcome;

/** A decision as UDI (or UNE, on appeal) records it; a rejection must give its reason. */
@Schema(name = "UdiDecisionInput")
public record UdiDecisionInput(
        @NotNull DecisionOutcome outcome,
        @NotNull @PastOrPresent LocalDate decidedOn,
        @Size(max = 4000) @Schema(description = "Required for a rejection; readable only by udi and in the data "
                + "subject's own export") String reason,
        @NotBlank @Size(max = 500) @Schema(description = "The provision the decision rests on") String legalBasis) {
}
