package dev.avrr.cases.consent;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.cases.casefile.records.ConsentPurpose;

/**
 * A consent the caseworker took from the person: purpose, when, in which language, with an interpreter or not, and
 * — when it reverses a withdrawal — the reference of the person's signed consent form (platform ConsentDating).
 */
@Schema(name = "ConsentInput")
public record ConsentInput(@NotNull ConsentPurpose purpose,
        @NotNull @Schema(description = "When the person consented: never in the future, never before the person's "
                + "latest withdrawal of the same purpose (422)") LocalDate givenOn,
        @NotBlank @Size(max = 50) @Schema(description = "The language the consent was explained in, e.g. am, ti, ar")
        String language,
        @NotNull Boolean interpreterUsed,
        @Size(max = 100) @Schema(description = "The reference of the person's signed consent form; required when the "
                + "consent reverses a withdrawal (422 signed-consent-form-required)") String signedFormReference) {
}
