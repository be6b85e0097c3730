package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.case.registered.v1}, keyed by the case id: a case was registered (from a referral, whose id it
 * names, or directly). {@code office} is the IOM office's organisation id, as in its caseworkers' {@code org}
 * claim (iom-oslo, iom-helsinki); every case event names the office so. {@code jurisdiction} (NO, SE) is null
 * only in events of the first slice. The programme travels sealed, as {@link CaseSpecifics} in
 * {@code data.personal}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseRegistered(@NotNull UUID caseId, UUID referralId, @NotBlank String office,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String countryOfReturn, @NotNull OffsetDateTime registeredAt,
        @Pattern(regexp = "NO|SE") String jurisdiction) {

    public static final String TYPE = "avrr.case.registered.v1";
}
