package dev.avrr.grant.report;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.platform.events.contract.Programme;

/** A programme's grants over a period, per category: counts and money only. */
@Schema(name = "ProgrammeGrantReport")
public record ProgrammeReport(Programme programme, Integer version, LocalDate allocatedFrom, LocalDate allocatedTo,
        long cases, long beneficiaries, long minors, List<CaseReport.CurrencyTotals> totals) {
}
