package dev.avrr.vocabulary.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * {@code avrr.grant.disbursement-paid.v1}, keyed by the case id: an approved payment was made on {@code paidOn}.
 * In clear only ids and dates: the category and the amounts ({@link Payment}) travel sealed in
 * {@code data.personal}, since a category's code names its programme (and a medical one the person's health).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DisbursementPaid(@NotNull UUID caseId, @NotNull UUID entitlementId, @NotNull UUID beneficiaryId,
        @NotNull UUID disbursementId, @NotNull LocalDate paidOn, @NotNull OffsetDateTime paidAt) {

    public static final String TYPE = "avrr.grant.disbursement-paid.v1";

    /**
     * The sealed part. {@code amount} is what left the entitlement, in the programme's currency (the NOK
     * equivalent); {@code localAmount} in {@code localCurrency} is what was paid, at {@code exchangeRate}
     * programme-currency units per local unit. Amounts are decimal strings, so that no consumer reads money as
     * floating point.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(@NotBlank String category,
            @NotNull @JsonSerialize(using = PlainDecimal.class) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull @JsonSerialize(using = PlainDecimal.class) BigDecimal localAmount,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String localCurrency,
            @NotNull @JsonSerialize(using = PlainDecimal.class) BigDecimal exchangeRate) {
    }
}
