package dev.avrr.referral.intake;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a referral's history: the organisation that took it, never the person's data. */
@Schema(name = "ReferralStepEntry")
public record ReferralStepView(ReferralStep step, String label, ReferralStatus status, OffsetDateTime at,
        String actorOrg) {

    public static ReferralStepView of(ReferralStepRecord s) {
        return new ReferralStepView(s.step, s.label, s.toStatus, s.occurredAt, s.actorOrg);
    }
}
