package dev.avrr.cases.casefile.records;

import java.time.LocalDate;

/**
 * A decision on the application for assisted return, by UDI or by UNE on appeal, with the reason and legal
 * basis. docs/domain.md#udi-decisions: the reason of a rejection is given to the applicant personally, never to IOM — so the reason
 * and legal basis are shown to the udi role and in the data subject's own export only.
 */
public record UdiDecision(DecisionStage stage, DecisionOutcome outcome, LocalDate decidedOn, String reason,
        String legalBasis) {
}
