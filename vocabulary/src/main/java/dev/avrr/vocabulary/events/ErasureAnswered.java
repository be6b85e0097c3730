package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.<referral|grant|monitoring>.erasure-answered.v1}: a service's answer to a step of a person's erasure
 * ({@link ErasureRequested}), keyed as its topic is (the referral id on referral-service's, the case id on the
 * others). Stage CHECKED: what stands in the way, as codes ({@link #OPEN_PROTECTION_ALERT},
 * {@link #UNPAID_APPROVED_MONEY}), none when nothing does. Stage ERASED: the service erased what it held on the
 * case's people; {@code erased} counts the records it changed or removed. No personal data.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErasureAnswered(@NotNull UUID requestId, @NotNull UUID caseId, UUID referralId,
        @NotNull @Pattern(regexp = "CHECKED|ERASED") String stage,
        @NotNull List<@NotNull @Pattern(regexp = "[a-z][a-z-]*") String> blockers, @Min(0) int erased,
        @NotNull OffsetDateTime answeredAt) {

    public static final String REFERRAL = "avrr.referral.erasure-answered.v1";
    public static final String GRANT = "avrr.grant.erasure-answered.v1";
    public static final String MONITORING = "avrr.monitoring.erasure-answered.v1";

    public static final String CHECKED = "CHECKED";
    public static final String ERASED = "ERASED";

    /** A protection alert on the case is not resolved: the office resolves it first. */
    public static final String OPEN_PROTECTION_ALERT = "open-protection-alert";
    /** Money approved for the case is not paid: finance pays it, or it is cancelled, first. */
    public static final String UNPAID_APPROVED_MONEY = "unpaid-approved-money";

    public ErasureAnswered {
        blockers = blockers == null ? List.of() : List.copyOf(blockers);
    }
}
