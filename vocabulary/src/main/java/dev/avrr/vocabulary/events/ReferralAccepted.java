package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.referral.accepted.v1}, keyed by the referral id: IOM accepted a referral, so a case is to be
 * registered. The person's details travel sealed, as {@link ReferralPerson} in {@code data.personal}.
 * {@code coordinatorOrg} is the Swedish coordinator that approved it (Meddelande); null in Norway.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralAccepted(@NotNull UUID referralId, @NotNull @Pattern(regexp = "NO|SE") String jurisdiction,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String countryOfReturn, @NotBlank String referringOrg,
        @NotBlank String acceptedByOrg, @NotNull OffsetDateTime acceptedAt, String coordinatorOrg) {

    public static final String TYPE = "avrr.referral.accepted.v1";
}
