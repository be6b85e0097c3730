package dev.avrr.referral.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.platform.identifiers.IdentifierType;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.OtherVulnerability;
import dev.avrr.vocabulary.events.VulnerabilityCategory;

/** A referral as a partner (or a coordinator registering one itself) writes it: to create one, or to replace a draft. */
@Schema(name = "ReferralInput")
public record ReferralInput(
        @NotNull Jurisdiction jurisdiction,
        @Size(max = 100) @Schema(description = "Sweden only: the coordinating organisation, e.g. lansstyrelsen-stockholm")
        String coordinatorOrg,
        @NotNull @Valid Person person,
        @Valid Vulnerability vulnerability,
        @Size(max = 10) @Schema(description = "On create only: the consents the person gave (later ones through "
                + "POST .../consents). A submission needs consent to share with the organisation that receives it.")
        List<@NotNull @Valid ConsentInput> consents,
        @Valid @Schema(description = "Coordinator only: how the person reached the coordinator outside the system")
        OutsideReferral outsideReferral,
        @Schema(description = "Partner, on create: submit at once (default) or keep as a draft (false). Not allowed "
                + "on update.")
        Boolean submit) {

    /** The person referred. Fixture people in examples and tests are obviously fictional. */
    @Schema(name = "ReferralPersonInput")
    public record Person(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @PastOrPresent @Schema(description = "The date of birth; or give estimatedBirthYear") LocalDate dateOfBirth,
            @Min(1900) @Max(2100) Integer estimatedBirthYear,
            Sex sex,
            @NotBlank @Size(max = 3) @Schema(description = "ISO 3166-1 alpha-2 or alpha-3") String nationality,
            @NotBlank @Size(max = 3) @Schema(description = "ISO 3166-1 alpha-2 or alpha-3") String countryOfReturn,
            @Size(max = 10) @Schema(description = "ISO 639 language codes, e.g. ti, am, prs")
            List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code of 2 or 3 lower-case letters") String> languages,
            Boolean interpreterNeeded,
            @Valid Contact contact,
            @Size(max = 10) List<@NotNull @Valid Identifier> identifiers,
            @Size(max = 15) @Schema(description = "Household members travelling together: children, with dates of birth")
            List<@NotNull @Valid HouseholdMember> household) {
    }

    @Schema(name = "Contact")
    public record Contact(
            @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "must be a phone number") String phone,
            @Email @Size(max = 200) String email,
            @Size(max = 300) String address) {
    }

    @Schema(name = "Identifier", description = "An identity number, checked by the rule of its type; a DUF number "
            + "whose check digits do not match is accepted with a warning")
    public record Identifier(@NotNull IdentifierType type, @NotBlank @Size(max = 20) String value) {
    }

    @Schema(name = "HouseholdMemberInput")
    public record HouseholdMember(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull @PastOrPresent LocalDate dateOfBirth,
            @NotNull HouseholdRelation relation,
            Sex sex) {
    }

    /** Why the person is referred: the categories of docs/domain.md#eligibility-for-the-vulnerable-groups-programme, and who identified a victim of trafficking. */
    @Schema(name = "Vulnerability")
    public record Vulnerability(
            @Size(max = 6) List<@NotNull VulnerabilityCategory> categories,
            @Schema(description = "Required with category OTHER") OtherVulnerability otherSubtype,
            @Size(max = 200) @Schema(description = "Who identified a victim of trafficking (required with a victim of "
                    + "trafficking category), e.g. the police, KOM, an NGO") String traffickingIdentifiedBy,
            @Size(max = 2000) String referralReason,
            @Size(max = 4000) @Schema(description = "Free text; readable only by the referrer and the receiving "
                    + "organisations") String notes) {
    }

    @Schema(name = "ConsentInput")
    public record ConsentInput(
            @NotNull ConsentPurpose purpose,
            @Size(max = 100) @Schema(description = "Defaults to the organisation the route gives this purpose")
            String recipientOrg,
            @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code of 2 or 3 lower-case letters")
            @Schema(description = "The language the person was informed in") String language,
            @NotNull Boolean interpreterUsed,
            @Schema(description = "When the person consented; defaults to now. Never in the future, never before "
                    + "the person's latest withdrawal of the same purpose and recipient (422)") OffsetDateTime givenAt,
            @Size(max = 100) @Schema(description = "The reference of the person's signed consent form; required when "
                    + "the consent reverses a withdrawal (422 signed-consent-form-required)") String signedFormReference) {
    }

    @Schema(name = "OutsideReferral")
    public record OutsideReferral(@NotNull OutsideChannel channel,
            @Size(max = 200) @Schema(description = "Who referred the person, e.g. a regional coordinator") String referredBy) {
    }

    public boolean submitNow() {
        return submit == null || submit;
    }

    public List<ConsentInput> consentsOrEmpty() {
        return consents == null ? List.of() : consents;
    }
}
