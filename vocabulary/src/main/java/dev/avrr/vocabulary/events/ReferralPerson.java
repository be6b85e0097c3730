package dev.avrr.vocabulary.events;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The personal part of {@link ReferralAccepted}: everything the receiving IOM office needs to open the case,
 * sealed in {@code data.personal}, never in clear on a topic. Optional parts are null or empty lists.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralPerson(@NotBlank String givenName, @NotBlank String familyName, LocalDate dateOfBirth,
        Integer estimatedBirthYear, String sex, String nationality, List<String> languages,
        Boolean interpreterNeeded, @Valid Contact contact, List<@Valid Identifier> identifiers,
        List<@Valid HouseholdMember> household, @Valid Vulnerability vulnerability) {

    /** How to reach the person. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(String phone, String email, String address) {
    }

    /** An identity number: {@code type} one of FODSELSNUMMER, D_NUMBER, DUF_NUMBER, PERSONNUMMER, SAMORDNINGSNUMMER. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Identifier(@NotBlank String type, @NotBlank String value) {
    }

    /** A member of the household who travels with the person (children, with dates of birth). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HouseholdMember(@NotBlank String givenName, @NotBlank String familyName, LocalDate dateOfBirth,
            @NotNull HouseholdRelation relation, String sex) {
    }

    /**
     * Why the person is referred (docs/domain.md#eligibility-for-the-vulnerable-groups-programme); who identified a victim of trafficking; the
     * referral's reason and the referrer's notes, which only the receiving caseworker may read.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Vulnerability(List<VulnerabilityCategory> categories, OtherVulnerability otherSubtype,
            String traffickingIdentifiedBy, String referralReason, String notes) {
    }
}
