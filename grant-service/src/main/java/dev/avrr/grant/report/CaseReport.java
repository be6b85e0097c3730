package dev.avrr.grant.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Programme;

/** A case's grants per beneficiary and per category, and the totals: ids, codes and money, no person's data. */
@Schema(name = "CaseGrantReport")
public record CaseReport(UUID caseId, String office, String countryOfReturn, String jurisdiction, Programme programme,
        OffsetDateTime registeredAt, OffsetDateTime approvedAt, LocalDate returnedOn, String stoppedAs,
        List<Beneficiary> beneficiaries, List<CurrencyTotals> totals) {

    /** One beneficiary's entitlement. */
    @Schema(name = "BeneficiaryGrant")
    public record Beneficiary(UUID entitlementId, UUID beneficiaryId, HouseholdRelation relation, boolean minor,
            Programme programme, int programmeVersion, List<CategoryFigures> categories, CategoryFigures total) {
    }

    /** The totals in one currency, per category and over all. */
    @Schema(name = "CurrencyTotals")
    public record CurrencyTotals(String currency, List<CategoryFigures> categories, CategoryFigures total) {
    }
}
