package dev.avrr.cases.export;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.cases.casefile.CaseStepView;
import dev.avrr.cases.casefile.CaseViews;
import dev.avrr.cases.casefile.Recorded;
import dev.avrr.cases.casefile.records.EligibilityOutcome;
import dev.avrr.platform.documents.DocumentView;

/**
 * Everything IOM holds on the person in case-service, for the person (docs/domain.md#subject-rights: access): the case
 * as IOM's caseworker sees it, every eligibility assessment, UDI's and UNE's decisions as stage, outcome and date,
 * the history (who accessed the case is the part's access log). The reasons and legal basis of those decisions are not IOM's to read
 * (docs/domain.md#udi-decisions: the reason is given to the applicant, never to IOM): UDI produces that part of the person's access
 * request itself ({@link UdiSubjectExport}).
 */
@Schema(name = "SubjectExport")
public record SubjectExport(OffsetDateTime exportedAt, String requestReference, CaseViews.CaseworkerView caseFile,
        List<Recorded<EligibilityOutcome>> eligibilityAssessments,
        @Schema(description = "Stage, outcome and date; the reasons are in UDI's part, which UDI produces")
        List<CaseViews.DecisionSummary> udiDecisions, List<CaseStepView> history,
        @Schema(description = "The case's documents: what each is, when and by whom it was added; the office hands "
                + "out copies") List<DocumentView> documents) {
}
