package dev.avrr.grant.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.grant.money.Money;
import dev.avrr.vocabulary.events.Programme;

/** A programme version as the catalogue shows it, with what a beneficiary gets in all. */
@Schema(name = "ProgrammeVersion")
public record ProgrammeVersionView(Programme programme, int version, LocalDate validFrom, LocalDate validTo,
        String currency, AllocationTrigger allocationTrigger, Beneficiaries beneficiaries,
        List<CategoryView> categories, List<PackageTotal> packages, OffsetDateTime createdAt) {

    /** One budget category. */
    @Schema(name = "BudgetCategory")
    public record CategoryView(String code, String label, CategoryKind kind, Money amount, SupportForm form,
            SupportForm formForMinor, boolean needsBased, EvidenceRequirement evidenceRequired,
            boolean singlePayment, Eligibility eligible, DeadlineCondition deadlineCondition) {
    }

    /**
     * What one beneficiary gets in all: per group (an adult, a minor applicant, a minor travelling with the
     * applicant where the programme's beneficiaries include children), and per answer to the departure deadline
     * where a category depends on it (null where none does).
     */
    @Schema(name = "PackageTotal")
    public record PackageTotal(BeneficiaryGroup beneficiary, Boolean appliedBeforeDeadline, Money total) {
    }

    public static ProgrammeVersionView of(ProgrammeVersion v) {
        List<CategoryView> categories = v.categories.stream().map(c -> new CategoryView(c.code, c.label, c.kind,
                Money.of(c.amount, v.currency), c.form, c.formForMinor, c.needsBased, c.evidenceRequired,
                c.singlePayment, c.eligible, c.deadlineCondition)).toList();
        List<PackageTotal> packages = new ArrayList<>();
        Set<Boolean> answers = new LinkedHashSet<>();
        if (DepartureDeadline.matters(v)) {
            answers.add(true);
            answers.add(false);
        } else {
            answers.add(null);
        }
        // An accompanying child only where the programme's beneficiaries include children.
        List<BeneficiaryGroup> groups = v.beneficiaries == Beneficiaries.APPLICANT_ONLY
                ? List.of(BeneficiaryGroup.ADULT, BeneficiaryGroup.MINOR)
                : List.of(BeneficiaryGroup.values());
        for (BeneficiaryGroup group : groups) {
            for (Boolean before : answers) {
                BigDecimal total = v.categoriesFor(group, before).stream().map(c -> c.amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                packages.add(new PackageTotal(group, before, Money.of(total, v.currency)));
            }
        }
        return new ProgrammeVersionView(v.programme, v.version, v.validFrom, v.validTo, v.currency,
                v.allocationTrigger, v.beneficiaries, categories, packages, v.createdAt);
    }
}
