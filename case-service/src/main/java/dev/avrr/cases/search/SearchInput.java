package dev.avrr.cases.search;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.platform.identifiers.IdentifierType;

/**
 * What a person is searched by, in the body (never in a URL): any of a name (partial, case, diacritics and
 * misspelling tolerant), a date of birth, a year of birth (known or estimated), a nationality, an identifier (exact
 * on its letters and digits). A case is found when one of its people matches every criterion given.
 */
@Schema(name = "PersonSearch")
public record SearchInput(
        @Size(max = 200) @Schema(description = "Part of the given or family name, or both; at least three letters",
                examples = "Pahittad") String name,
        @PastOrPresent LocalDate dateOfBirth,
        @Min(1900) @Max(2100) @Schema(description = "The year of birth, known or estimated") Integer birthYear,
        @Pattern(regexp = "[A-Z]{2}") @Schema(description = "ISO 3166-1 alpha-2") String nationality,
        @Valid Identifier identifier) {

    /** An identity number of a type. */
    @Schema(name = "PersonSearchIdentifier")
    public record Identifier(@NotNull IdentifierType type, @NotBlank @Size(max = 40) String value) {
    }
}
