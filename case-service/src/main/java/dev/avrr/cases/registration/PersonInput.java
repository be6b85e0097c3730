package dev.avrr.cases.registration;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.cases.casefile.Contact;
import dev.avrr.platform.identifiers.IdentifierType;

/** The applicant as a caseworker registers them. Fixture people in examples and tests are obviously fictional. */
@Schema(name = "ApplicantInput")
public record PersonInput(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @PastOrPresent LocalDate dateOfBirth,
        @Min(1900) @Max(2100) @Schema(description = "When the date of birth is unknown") Integer estimatedBirthYear,
        @Size(max = 20) String sex,
        @NotBlank @Size(max = 3) @Schema(description = "ISO 3166-1 alpha-2 or alpha-3") String nationality,
        @Size(max = 10) List<@NotBlank @Size(max = 50) String> languages,
        Boolean interpreterNeeded,
        @Valid Contact contact,
        @Size(max = 10) List<@Valid @NotNull Identifier> identifiers) {

    /** An identity number; its check digits are validated (a DUF number's mismatch is a warning only). */
    @Schema(name = "IdentifierInput")
    public record Identifier(@NotNull IdentifierType type, @NotBlank @Size(max = 20) String value) {
    }
}
