package dev.avrr.platform.events.contract;

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
 * requested. {@code payeeType} is VENDOR, RETURNEE or PARENT; the payee's name and account stay in grant-service.
 * Amounts are decimal strings, so that no consumer reads money as floating point.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DisbursementApproved(@NotNull UUID caseId, @NotNull UUID entitlementId, @NotNull UUID beneficiaryId,
        @NotNull UUID disbursementId, @NotBlank String category, @NotNull @Pattern(regexp = "CASH|IN_KIND") String form,
        @NotNull @Pattern(regexp = "VENDOR|RETURNEE|PARENT") String payeeType,
        @NotNull @JsonSerialize(using = PlainDecimal.class) BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotNull OffsetDateTime approvedAt) {

    public static final String TYPE = "avrr.grant.disbursement-approved.v1";
}
