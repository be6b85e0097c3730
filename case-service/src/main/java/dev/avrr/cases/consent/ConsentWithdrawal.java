package dev.avrr.cases.consent;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person withdrew a consent on this date. */
@Schema(name = "ConsentWithdrawal")
public record ConsentWithdrawal(@NotNull @PastOrPresent LocalDate withdrawnOn) {
}
