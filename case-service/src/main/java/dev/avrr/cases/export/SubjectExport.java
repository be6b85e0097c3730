package dev.avrr.cases.export;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.cases.casefile.CaseViews;
import dev.avrr.cases.casefile.Recorded;
import dev.avrr.cases.eligibility.EligibilityOutcome;
import dev.avrr.cases.lifecycle.CaseStepView;
import dev.avrr.cases.udi.UdiDecision;

/**
 * Everything case-service holds on the person, for the person (DOMAIN.md, subject rights: access): the case
 * as IOM's caseworker sees it, every eligibility assessment, UDI's and UNE's decisions with their reasons and
 * legal basis (seed 000: the reason is the applicant's), the history, and who accessed the case.
 */
@Schema(name = "SubjectExport")
public record SubjectExport(OffsetDateTime exportedAt, String requestReference, CaseViews.CaseworkerView caseFile,
        List<Recorded<EligibilityOutcome>> eligibilityAssessments, List<Recorded<UdiDecision>> udiDecisions,
        List<CaseStepView> history, List<AccessEntry> accessLog) {

    /** One access to the case: when, by which organisation and roles, what, and how it ended. */
    @Schema(name = "SubjectExportAccess")
    public record AccessEntry(OffsetDateTime at, String org, String roles, String action, String outcome) {
    }
}
