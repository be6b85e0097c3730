package dev.avrr.vocabulary.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * {@code avrr.grant.disbursement-approved.v1}, keyed by the case id: finance approved a payment that someone else
 * requested. In clear only ids and the time: what is paid from which category, to whom and how
 * ({@link Payment}) travels sealed in {@code data.personal}, since a category's code names its programme (and a
 * medical one the person's health). The payee's name and account stay in grant-service.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DisbursementApproved(@NotNull UUID caseId, @NotNull UUID entitlementId, @NotNull UUID beneficiaryId,
        @NotNull UUID disbursementId, @NotNull OffsetDateTime approvedAt) {

    public static final String TYPE = "avrr.grant.disbursement-approved.v1";

    /**
     * The sealed part: {@code payeeType} is VENDOR, RETURNEE or PARENT. The amount is a decimal string, so that no
     * consumer reads money as floating point.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(@NotBlank String category, @NotNull @Pattern(regexp = "CASH|IN_KIND") String form,
            @NotNull @Pattern(regexp = "VENDOR|RETURNEE|PARENT") String payeeType,
            @NotNull @JsonSerialize(using = PlainDecimal.class) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
    }
}
