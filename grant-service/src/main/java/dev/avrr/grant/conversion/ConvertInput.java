package dev.avrr.grant.conversion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.grant.money.Money;

/** Move {@code amount} from one category of an entitlement to another, for a reason. */
@Schema(name = "ConversionRequest")
public record ConvertInput(@NotBlank @Size(max = 40) String from, @NotBlank @Size(max = 40) String to,
        @NotNull @Valid Money amount, @NotBlank @Size(max = 2000) String reason) {
}
