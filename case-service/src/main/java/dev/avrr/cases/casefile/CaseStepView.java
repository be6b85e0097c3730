package dev.avrr.cases.casefile;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One step of a case's history as the caseworker reads it. */
@Schema(name = "CaseStepEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseStepView(OffsetDateTime at, CaseStep step, String label, CaseStatus from, CaseStatus status,
        String actor, String actorOrg, String note) {

    public static CaseStepView of(CaseStepRecord s) {
        return new CaseStepView(s.occurredAt, s.step, s.label, s.fromStatus, s.toStatus, s.actor, s.actorOrg, s.note);
    }
}
