package dev.avrr.referral.intake;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A correction of the referred person made on their case, as kept here (docs/referral-service.md#rectification):
 * the traveller corrected, whether the referral held them (applied), who corrected (the caseworker's subject id),
 * from which office, when and why.
 */
public record PersonRectificationView(UUID caseId, UUID memberId, boolean applied, String rectifiedBy, String office,
        OffsetDateTime rectifiedAt, String reason) {

    public static PersonRectificationView of(PersonRectification p) {
        return new PersonRectificationView(p.caseId, p.memberId, p.applied, p.rectifiedBy, p.office, p.rectifiedAt,
                p.reason);
    }
}
