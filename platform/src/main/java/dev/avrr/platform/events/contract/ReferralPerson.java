package dev.avrr.platform.events.contract;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The personal part of {@link ReferralAccepted}: never in clear on a topic. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralPerson(@NotBlank String givenName, @NotBlank String familyName, LocalDate dateOfBirth,
        String nationality) {
}
