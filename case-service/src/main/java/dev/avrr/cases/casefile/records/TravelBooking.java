package dev.avrr.cases.casefile.records;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The tickets: departure date, route and transit points (docs/domain.md#the-swedish-route, step 9). */
@Schema(name = "TravelBooking")
public record TravelBooking(
        @NotNull LocalDate departureDate,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an IATA airport code of three capital letters")
        @Schema(description = "IATA code of the airport of departure") String from,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an IATA airport code of three capital letters")
        @Schema(description = "IATA code of the final destination") String to,
        @NotNull @Size(max = 5) List<@NotBlank @Pattern(regexp = "[A-Z]{3}",
                message = "must be an IATA airport code of three capital letters") String> transitPoints,
        @Size(max = 100) String ticketReference) {
}
