package dev.avrr.platform.events.contract;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code avrr.case.registered.v1}, keyed by the case id: a case was registered (from a referral or directly). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseRegistered(UUID caseId, UUID referralId, String office, String countryOfReturn,
        OffsetDateTime registeredAt) {

    public static final String TYPE = "avrr.case.registered.v1";
}
