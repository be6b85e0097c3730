package dev.avrr.referral.intake;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedString;

/**
 * A correction of the referred person made on their case and applied here: who, from which office, when, why. The
 * reason is sealed with the referral's key.
 */
@Entity
@Table(name = "person_rectification")
public class PersonRectification implements PersonalRecord {

    @Id
    public UUID id;

    /** The announcement it came from: one row per correction, however often it is delivered. */
    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    /** False when the referral does not hold this traveller (a member added on the case): nothing changed here. */
    @Column(nullable = false)
    public boolean applied;

    /** The caseworker's subject id. */
    @Column(name = "rectified_by", nullable = false)
    public String rectifiedBy;

    @Column(nullable = false)
    public String office;

    @Column(name = "rectified_at", nullable = false)
    public OffsetDateTime rectifiedAt;

    @Convert(converter = ProtectedString.class)
    @Column(nullable = false)
    public String reason;

    @Override
    public UUID protectionSubject() {
        return referralId;
    }
}
