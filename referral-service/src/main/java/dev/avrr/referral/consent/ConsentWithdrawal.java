package dev.avrr.referral.consent;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.referral.intake.ConsentPurpose;

/** The person withdraws consent: for the listed purposes, or every standing consent when none is listed. */
@Schema(name = "ConsentWithdrawal")
public record ConsentWithdrawal(
        @Size(max = 3) @Schema(description = "The purposes withdrawn; all standing consents if absent") Set<@NotNull ConsentPurpose> purposes,
        @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code of 2 or 3 lower-case letters") String language,
        @NotNull Boolean interpreterUsed) {
}
