package dev.avrr.cases.consent;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A consent the caseworker took from the person: purpose, when, in which language, with an interpreter or not. */
@Schema(name = "ConsentInput")
public record ConsentInput(@NotNull ConsentPurpose purpose, @NotNull @PastOrPresent LocalDate givenOn,
        @NotBlank @Size(max = 50) @Schema(description = "The language the consent was explained in, e.g. am, ti, ar")
        String language,
        @NotNull Boolean interpreterUsed) {
}
