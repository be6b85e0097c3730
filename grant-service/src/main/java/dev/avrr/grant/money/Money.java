package dev.avrr.grant.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/** An amount of money as the API carries it: {"amount":"8000.00","currency":"NOK"}; never floating point. */
@Schema(name = "Money", example = "{\"amount\":\"8000.00\",\"currency\":\"NOK\"}")
public record Money(
        @NotNull @Digits(integer = 12, fraction = 2, message = "must have at most 12 digits and 2 decimals")
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "8000.00") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as NOK") String currency) {

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY), currency);
    }

    public static Money zero(String currency) {
        return of(BigDecimal.ZERO, currency);
    }
}
