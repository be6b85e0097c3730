package dev.avrr.grant.catalogue;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.grant.money.Money;

/** A new version of a programme, as the admin writes it; it takes over from {@code validFrom}. */
@Schema(name = "NewProgrammeVersion")
public record NewProgrammeVersion(@NotNull LocalDate validFrom, LocalDate validTo,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as NOK") String currency,
        @NotNull AllocationTrigger allocationTrigger, @NotNull Beneficiaries beneficiaries,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull Category> categories) {

    /** A budget category; optional fields default to: the same form for minors, not needs-based, no evidence, any beneficiary, any deadline. */
    @Schema(name = "NewBudgetCategory")
    public record Category(
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be 2 to 40 capitals, digits or '_'") String code,
            @NotBlank @Size(max = 200) String label, @NotNull CategoryKind kind, @NotNull @Valid Money amount,
            @NotNull SupportForm form, SupportForm formForMinor, Boolean needsBased,
            EvidenceRequirement evidenceRequired, Boolean singlePayment, Eligibility eligible,
            DeadlineCondition deadlineCondition) {
    }
}
