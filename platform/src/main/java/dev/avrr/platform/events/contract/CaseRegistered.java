package dev.avrr.platform.events.contract;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code avrr.case.registered.v1}, keyed by the case id: a case was registered (from a referral or directly). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseRegistered(@NotNull UUID caseId, UUID referralId, @NotBlank String office,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String countryOfReturn, @NotNull OffsetDateTime registeredAt) {

    public static final String TYPE = "avrr.case.registered.v1";
}
