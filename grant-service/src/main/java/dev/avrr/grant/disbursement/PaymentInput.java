package dev.avrr.grant.disbursement;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import dev.avrr.grant.money.Money;

/**
 * A payment as it was made: in the local currency, at an exchange rate (programme-currency units per one
 * local unit), and its equivalent in the programme's currency, which is what leaves the entitlement.
 */
@Schema(name = "Payment")
public record PaymentInput(@NotNull @PastOrPresent LocalDate paidOn, @NotNull @Valid Money localAmount,
        @NotNull @Digits(integer = 9, fraction = 10) @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "0.08") BigDecimal exchangeRate,
        @NotNull @Valid Money nokEquivalent, @Size(max = 200) String reference) {
}
