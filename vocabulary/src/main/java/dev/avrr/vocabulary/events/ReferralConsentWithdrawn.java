package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.referral.consent-withdrawn.v1}, keyed by the referral id: the person withdrew a consent, so
 * nothing more is shared for that purpose with that recipient. {@code purpose} is SHARE_WITH_IOM,
 * SHARE_WITH_COORDINATOR or FEEDBACK_TO_REFERRER.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralConsentWithdrawn(@NotNull UUID referralId,
        @NotNull @Pattern(regexp = "SHARE_WITH_IOM|SHARE_WITH_COORDINATOR|FEEDBACK_TO_REFERRER") String purpose,
        @NotBlank String recipientOrg, @NotNull OffsetDateTime withdrawnAt) {

    public static final String TYPE = "avrr.referral.consent-withdrawn.v1";
}
