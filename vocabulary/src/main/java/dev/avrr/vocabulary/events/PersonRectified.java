package dev.avrr.vocabulary.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.case.person-rectified.v1}, keyed by the case id: a caseworker corrected a traveller's name, date of
 * birth or identifiers (the person's right to rectification), and every service that holds them applies the
 * correction. In clear: the ids, who corrected (the staff member's subject id and office) and when; what was
 * corrected — before and after — and why travel sealed as {@link Correction} in {@code data.personal}.
 *
 * @param referralId the referral the case came from; null for a case registered directly
 * @param memberId   the traveller: the applicant's member id, or a household member's
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonRectified(@NotNull UUID caseId, UUID referralId, @NotNull UUID memberId, @NotNull boolean applicant,
        @NotBlank String rectifiedBy, @NotBlank String office, @NotNull OffsetDateTime rectifiedAt) {

    public static final String TYPE = "avrr.case.person-rectified.v1";

    /** The sealed part: the traveller as held before and after the correction, and the caseworker's reason. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Correction(@NotNull @Valid Person before, @NotNull @Valid Person after, @NotBlank String reason) {
    }

    /** What a correction may change; {@code identifiers} only for the applicant (empty for a member). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(@NotBlank String givenName, @NotBlank String familyName, LocalDate dateOfBirth,
            Integer estimatedBirthYear, String sex, HouseholdRelation relation,
            List<ReferralPerson.@Valid Identifier> identifiers) {

        public Person {
            identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        }
    }
}
