package dev.avrr.monitoring.scores;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new version of the survey's weights. It applies from a future date only, so no survey already taken changes
 * its score; an indicator left out is not part of the version.
 */
@Schema(name = "WeightsInput")
public record WeightsInput(
        @NotNull @Future @Schema(description = "The first day surveys are scored with this version; after today")
        LocalDate validFrom,
        @NotBlank @Size(max = 300) String note,
        @NotNull @Size(min = 3, max = 3) Map<Dimension, @NotNull @Positive @DecimalMax("1000") @Digits(integer = 4, fraction = 3) BigDecimal> dimensions,
        @NotEmpty @Size(max = 100) Map<@NotBlank @Size(max = 40) String, @NotNull @Positive @DecimalMax("1000") @Digits(integer = 4, fraction = 3) BigDecimal> indicators) {
}
