package dev.avrr.platform.events.contract;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.referral.accepted.v1}, keyed by the referral id: IOM accepted a referral, so a case is to be
 * registered. The person's details travel sealed, as {@link ReferralPerson} in {@code data.personal}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralAccepted(UUID referralId, String jurisdiction, String countryOfReturn, String referringOrg,
        String acceptedByOrg, OffsetDateTime acceptedAt) {

    public static final String TYPE = "avrr.referral.accepted.v1";
}
