package dev.avrr.cases.registration;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.cases.casefile.Vulnerability;
import dev.avrr.vocabulary.events.Programme;

/**
 * A case registered directly by IOM Oslo's caseworker, for a person who applied to IOM themselves (docs/domain.md#the-norwegian-route:
 * "ved å kontakte IOM direkte"). Swedish cases come only from the coordinator's referral.
 */
@Schema(name = "CaseRegistration")
public record RegisterCase(
        @NotNull @Schema(description = "VULNERABLE_GROUPS, VICTIMS_OF_TRAFFICKING or UDI_STANDARD") Programme programme,
        @NotBlank @Size(max = 3) @Schema(description = "ISO 3166-1 alpha-2 or alpha-3") String countryOfReturn,
        @Schema(description = "UDI_STANDARD only: the departure deadline of the final rejection, if one was set")
        LocalDate departureDeadline,
        @NotNull @Valid PersonInput applicant,
        @Size(max = 20) List<@Valid @NotNull MemberInput> household,
        @Valid Vulnerability vulnerability) {
}
