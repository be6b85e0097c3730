package dev.avrr.referral.consent;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.referral.intake.ConsentPurpose;

/** A consent as the referrer and the receivers see it: purpose, recipient, who recorded it, when, how. */
@Schema(name = "Consent")
public record ConsentView(UUID id, ConsentPurpose purpose, String recipientOrg, boolean standing,
        OffsetDateTime givenAt, String language, boolean interpreterUsed, String recordedBy, String recordedByOrg,
        String signedFormReference, OffsetDateTime withdrawnAt, String withdrawalLanguage, Boolean withdrawalInterpreterUsed,
        String withdrawalRecordedBy, String withdrawalRecordedByOrg) {

    public static ConsentView of(Consent c) {
        return new ConsentView(c.id, c.purpose, c.recipientOrg, c.stands(), c.givenAt, c.language, c.interpreterUsed,
                c.recordedBy, c.recordedByOrg, c.signedFormReference, c.withdrawnAt, c.withdrawalLanguage, c.withdrawalInterpreterUsed,
                c.withdrawalRecordedBy, c.withdrawalRecordedByOrg);
    }
}
