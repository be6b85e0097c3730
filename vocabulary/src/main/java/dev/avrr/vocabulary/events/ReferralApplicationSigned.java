package dev.avrr.vocabulary.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.referral.application-signed.v1}, keyed by the referral id: the person's signed AVRR application
 * was recorded (Välgrundat beslut, docs/domain.md#the-swedish-route), with how many attachments; their contents stay in the service.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralApplicationSigned(@NotNull UUID referralId, @NotNull LocalDate signedOn,
        @NotNull @Min(0) Integer attachments, @NotNull OffsetDateTime recordedAt) {

    public static final String TYPE = "avrr.referral.application-signed.v1";
}
