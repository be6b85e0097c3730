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
 * {@code avrr.grant.conversion-made.v1}, keyed by the case id: part of an entitlement moved from one category to
 * another under the conversion rules (docs/domain.md#conversion-rules). In clear only ids and the time: which categories and how much
 * ({@link Moved}) travel sealed in {@code data.personal}, since a category's code names its programme (and a
 * medical one the person's health). The reason stays in grant-service.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConversionMade(@NotNull UUID caseId, @NotNull UUID entitlementId, @NotNull UUID beneficiaryId,
        @NotNull UUID conversionId, @NotNull OffsetDateTime convertedAt) {

    public static final String TYPE = "avrr.grant.conversion-made.v1";

    /** The sealed part. The amount is a decimal string, so that no consumer reads money as floating point. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Moved(@NotBlank String fromCategory, @NotBlank String toCategory,
            @NotNull @JsonSerialize(using = PlainDecimal.class) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
    }
}
