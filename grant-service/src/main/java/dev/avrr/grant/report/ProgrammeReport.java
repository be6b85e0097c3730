package dev.avrr.grant.report;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.avrr.vocabulary.events.Programme;

/**
 * A programme's grants over a reporting period, per category: counts and money only, shown through the platform's
 * suppression (see {@code docs/statistics.md}). A count is "0", a number, "&lt;5" for 1 to 4, or "suppressed" when it
 * would reveal such a count in one of its months.
 */
@Schema(name = "ProgrammeGrantReport")
public record ProgrammeReport(Programme programme, Integer version,
        @Schema(description = "Months of allocation: a calendar month (2026-03), quarter (2026-Q1) or year (2026)",
                examples = "2026-Q1") String period,
        String cases, String beneficiaries, String minors, List<Totals> totals) {

    /**
     * The money in one currency. A category paid to 1 to 4 entitlements in any month of the period is listed in
     * {@code suppressedCategories} instead of {@code categories}, and then the total is left out: it would give the
     * suppressed category by subtraction.
     */
    @Schema(name = "ProgrammeCurrencyTotals")
    public record Totals(String currency, List<CategoryFigures> categories, List<String> suppressedCategories,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent when a category is suppressed")
            CategoryFigures total) {
    }
}
