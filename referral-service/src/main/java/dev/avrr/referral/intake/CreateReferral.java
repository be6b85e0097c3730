package dev.avrr.referral.intake;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's referral, submitted at once. */
@Schema(name = "CreateReferral")
public record CreateReferral(
        @NotNull Jurisdiction jurisdiction,
        @NotNull @Valid Person person) {

    /** The person referred. Fixture people in examples and tests are obviously fictional. */
    @Schema(name = "ReferralPersonInput")
    public record Person(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @Past LocalDate dateOfBirth,
            @NotBlank @Size(max = 3) @Schema(description = "ISO 3166-1 alpha-2 or alpha-3") String nationality,
            @NotBlank @Size(max = 3) @Schema(description = "ISO 3166-1 alpha-2 or alpha-3") String countryOfReturn) {
    }
}
