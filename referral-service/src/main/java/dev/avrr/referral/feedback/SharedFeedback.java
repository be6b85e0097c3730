package dev.avrr.referral.feedback;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedString;
import dev.avrr.vocabulary.events.PartnerRecipient;

/**
 * A piece of the returnee's feedback they let reach one partner (the referrer, or the coordinator): the words they
 * approved, protected at rest, kept by case id; off the timeline once withdrawn. The words are sealed with the case's
 * key: the erasure names the case (and every case of the referral).
 */
@Entity
@Table(name = "shared_feedback")
public class SharedFeedback implements PersonalRecord {

    @Id
    public UUID id;

    @Column(name = "feedback_id", nullable = false)
    public UUID feedbackId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnerRecipient recipient;

    @Convert(converter = ProtectedString.class)
    @Column(nullable = false)
    public String words;

    @Column(name = "shared_at", nullable = false)
    public OffsetDateTime sharedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Override
    public UUID protectionSubject() {
        return caseId;
    }
}
