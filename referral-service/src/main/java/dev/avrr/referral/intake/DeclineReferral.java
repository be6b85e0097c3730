package dev.avrr.referral.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a referral is declined; the referrer reads it, no event carries it. */
@Schema(name = "DeclineReferral")
public record DeclineReferral(@NotBlank @Size(max = 1000) String reason) {
}
