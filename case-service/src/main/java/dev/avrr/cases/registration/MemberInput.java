package dev.avrr.cases.registration;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.vocabulary.events.HouseholdRelation;

/** A household member who travels with the applicant. */
@Schema(name = "HouseholdMemberInput")
public record MemberInput(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @PastOrPresent LocalDate dateOfBirth,
        @Min(1900) @Max(2100) @Schema(description = "When the date of birth is unknown") Integer estimatedBirthYear,
        @NotNull HouseholdRelation relation,
        @Size(max = 20) String sex) {
}
