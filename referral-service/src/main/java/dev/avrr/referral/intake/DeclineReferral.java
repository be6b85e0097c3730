package dev.avrr.referral.intake;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a referral is declined: a reason code the referrer reads with its public label, and an optional note in the
 * receiving organisation's own words that only the receivers (the coordinator, IOM's office) read. No event
 * carries either.
 */
@Schema(name = "DeclineReferral")
public record DeclineReferral(
        @NotNull @Schema(description = "The reason the referrer is told, from a fixed list") DeclineReason reasonCode,
        @Size(max = 1000) @Schema(description = "The receivers' own note; never shown to the referrer") String note) {
}
