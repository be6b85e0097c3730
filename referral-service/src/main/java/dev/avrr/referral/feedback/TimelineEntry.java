package dev.avrr.referral.feedback;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.avrr.referral.intake.Jurisdiction;
import dev.avrr.referral.intake.Referral;
import dev.avrr.referral.intake.ReferralStepRecord;

/**
 * One entry of the referrer's timeline, and the content of one webhook: a step of the referral itself (kind
 * STATUS: code is the step, status the new state, byOrg who took it) or a milestone of the case (kind
 * MILESTONE: code is the milestone; outcome and stage for a decision, never its reason), or the returnee's own
 * words that they let reach this organisation (kind FEEDBACK, code RETURNEE_FEEDBACK, text), checked for identifiers
 * before they left monitoring. Nothing else about the person.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TimelineEntry")
public record TimelineEntry(String kind, String code, String label, String status, String outcome, String stage,
        OffsetDateTime at, String byOrg,
        @Schema(description = "FEEDBACK only: the returnee's own words, as they approved them for this organisation")
        String text) {

    public static final String STATUS = "STATUS";
    public static final String MILESTONE = "MILESTONE";
    public static final String FEEDBACK = "FEEDBACK";
    public static final String RETURNEE_FEEDBACK = "RETURNEE_FEEDBACK";

    static TimelineEntry of(ReferralStepRecord s) {
        return new TimelineEntry(STATUS, s.step.name(), s.label, s.toStatus.name(), null, null, s.occurredAt,
                s.actorOrg, null);
    }

    static TimelineEntry of(Milestone m, Referral r) {
        return new TimelineEntry(MILESTONE, m.kind.name(), m.kind.label(r.jurisdiction), null, m.outcome, m.stage,
                m.occurredAt, null, null);
    }

    static TimelineEntry of(SharedFeedback f, Referral r) {
        return new TimelineEntry(FEEDBACK, RETURNEE_FEEDBACK, r.jurisdiction == Jurisdiction.SE ? "Återkoppling"
                : "The returnee's feedback", null, null, null, f.sharedAt, null, f.words);
    }
}
