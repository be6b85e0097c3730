package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.referral.consent-given.v1}, keyed by the referral id: the person gave again a consent they had
 * withdrawn (with a signed consent form, which stays in referral-service), so sharing for that purpose with that
 * recipient may resume. {@code purpose} is SHARE_WITH_IOM, SHARE_WITH_COORDINATOR or FEEDBACK_TO_REFERRER;
 * {@code givenAt} is when the person gave it, never before the withdrawal it reverses.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralConsentGiven(@NotNull UUID referralId,
        @NotNull @Pattern(regexp = "SHARE_WITH_IOM|SHARE_WITH_COORDINATOR|FEEDBACK_TO_REFERRER") String purpose,
        @NotBlank String recipientOrg, @NotNull OffsetDateTime givenAt, @NotNull OffsetDateTime recordedAt) {

    public static final String TYPE = "avrr.referral.consent-given.v1";
}
