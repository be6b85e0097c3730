package dev.avrr.monitoring.consent;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A consent decision as told by the returnee: the day they declared it and the language they used. */
@Schema(name = "ConsentDecisionInput")
public record ConsentInput(
        @NotNull @PastOrPresent LocalDate declaredOn,
        @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code, e.g. ti, so, en")
        @Schema(description = "ISO 639-1 or 639-3 code", example = "ti") String language) {
}
