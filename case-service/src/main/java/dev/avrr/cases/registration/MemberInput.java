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

import dev.avrr.vocabulary.events.HouseholdRelation;

/**
 * A household member who travels with the applicant; for a rectification, any traveller (the applicant's identifiers
 * too) and why.
 */
@Schema(name = "HouseholdMemberInput")
public record MemberInput(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @PastOrPresent LocalDate dateOfBirth,
        @Min(1900) @Max(2100) @Schema(description = "When the date of birth is unknown") Integer estimatedBirthYear,
        @NotNull HouseholdRelation relation,
        @Size(max = 20) String sex,
        @Size(max = 10) @Schema(description = "A rectification of the applicant only: the identity numbers as they "
                + "should be held (replacing those held); left out, they stay as they are")
        List<PersonInput.@Valid @NotNull Identifier> identifiers,
        @Size(max = 500) @Schema(description = "A rectification only, and required there: why the data are corrected "
                + "(the person's request, a document seen), for the history and every service's audit trail")
        String reason) {
}
