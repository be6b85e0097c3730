package dev.avrr.platform.events.contract;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The personal part of {@link ReferralAccepted}: never in clear on a topic. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralPerson(String givenName, String familyName, LocalDate dateOfBirth, String nationality) {
}
