package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A referral moved on its route, keyed by the referral id: {@code avrr.referral.submitted.v1},
 * {@code .approved-by-coordinator.v1} (Meddelande: IOM Helsinki is notified), {@code .declined.v1},
 * {@code .withdrawn.v1}. Ids, codes and organisations only: no reason text, no person.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralRouted(@NotNull UUID referralId, @NotNull @Pattern(regexp = "NO|SE") String jurisdiction,
        @NotBlank String status, @NotBlank String referringOrg, String coordinatorOrg, @NotBlank String iomOffice,
        @NotNull OffsetDateTime at) {

    public static final String SUBMITTED = "avrr.referral.submitted.v1";
    public static final String APPROVED_BY_COORDINATOR = "avrr.referral.approved-by-coordinator.v1";
    public static final String DECLINED = "avrr.referral.declined.v1";
    public static final String WITHDRAWN = "avrr.referral.withdrawn.v1";
}
