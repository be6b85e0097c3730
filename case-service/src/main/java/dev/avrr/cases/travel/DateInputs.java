package dev.avrr.cases.travel;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dates that confirm a journey. */
public final class DateInputs {

    private DateInputs() {
    }

    @Schema(name = "DepartureConfirmation")
    public record Departure(@NotNull @PastOrPresent LocalDate departedOn) {
    }

    @Schema(name = "ArrivalConfirmation")
    public record Arrival(@NotNull @PastOrPresent LocalDate arrivedOn) {
    }
}
