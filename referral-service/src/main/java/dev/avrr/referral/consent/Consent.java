package dev.avrr.referral.consent;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.avrr.referral.intake.ConsentPurpose;

/**
 * One consent of the referred person: for one purpose and one recipient, who recorded it, when, in which
 * language and whether an interpreter was used; and, once withdrawn, the same about the withdrawal. A
 * withdrawn consent is never deleted: the record of it is the proof.
 */
@Entity
@Table(name = "referral_consent")
public class Consent {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentPurpose purpose;

    @Column(name = "recipient_org", nullable = false)
    public String recipientOrg;

    @Column(name = "given_at", nullable = false)
    public OffsetDateTime givenAt;

    @Column(nullable = false)
    public String language;

    @Column(name = "interpreter_used", nullable = false)
    public boolean interpreterUsed;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_by_org")
    public String recordedByOrg;

    /** The person's signed consent form, for a consent given again after a withdrawal. */
    @Column(name = "signed_form_reference")
    public String signedFormReference;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_language")
    public String withdrawalLanguage;

    @Column(name = "withdrawal_interpreter_used")
    public Boolean withdrawalInterpreterUsed;

    @Column(name = "withdrawal_recorded_by")
    public String withdrawalRecordedBy;

    @Column(name = "withdrawal_recorded_by_org")
    public String withdrawalRecordedByOrg;

    @Version
    public long version;

    public boolean stands() {
        return withdrawnAt == null;
    }
}
