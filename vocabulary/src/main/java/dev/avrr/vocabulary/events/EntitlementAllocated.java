package dev.avrr.vocabulary.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * {@code avrr.grant.allocated.v1}, keyed by the case id: grant-service allocated a beneficiary's entitlement
 * (once per beneficiary per case). In clear only ids and the time: the package ({@link Package}: programme
 * version, categories, forms and amounts) travels sealed in {@code data.personal}, because a package's codes and
 * amounts are those of one programme, and the programme says whether the person is a victim of trafficking, a
 * child alone or ill.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntitlementAllocated(@NotNull UUID caseId, @NotNull UUID entitlementId, @NotNull UUID beneficiaryId,
        @NotNull OffsetDateTime allocatedAt) {

    public static final String TYPE = "avrr.grant.allocated.v1";

    /**
     * The sealed part: the package as allocated; {@code form} is CASH or IN_KIND as it applies to this
     * beneficiary. Amounts are decimal strings, so that no consumer reads money as floating point.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Package(@NotNull Integer programmeVersion, @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull @JsonSerialize(using = PlainDecimal.class) BigDecimal total,
            @NotEmpty List<@Valid Category> categories) {
    }

    /** One category of the entitlement as allocated. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Category(@NotBlank String code, @NotBlank String kind,
            @NotNull @Pattern(regexp = "CASH|IN_KIND") String form,
            @NotNull @JsonSerialize(using = PlainDecimal.class) BigDecimal amount) {
    }
}
