package dev.avrr.referral.coordinator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedJson;

/**
 * The signed AVRR application of a Swedish referral; attachment names may name the person, so they are protected,
 * sealed with the referral's key.
 */
@Entity
@Table(name = "signed_application")
public class SignedApplication implements PersonalRecord {

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    public String language;

    @Convert(converter = AttachmentsColumn.class)
    @Column(nullable = false)
    public List<SignedApplicationInput.Attachment> attachments;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_by_org")
    public String recordedByOrg;

    @Override
    public UUID protectionSubject() {
        return referralId;
    }

    /** An attachment's metadata as stored (version 1). */
    public record AttachmentStored(String documentType, String fileName, String mediaType, Long sizeBytes,
            String sha256) {

        static AttachmentStored of(SignedApplicationInput.Attachment a) {
            return new AttachmentStored(a.documentType(), a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256());
        }

        SignedApplicationInput.Attachment toValue() {
            return new SignedApplicationInput.Attachment(documentType, fileName, mediaType, sizeBytes, sha256);
        }
    }

    @Converter
    public static class AttachmentsColumn
            extends ProtectedJson<List<SignedApplicationInput.Attachment>, List<AttachmentStored>> {
        public AttachmentsColumn() {
            super(1, t -> t.constructCollectionType(List.class, AttachmentStored.class),
                    list -> list.stream().map(AttachmentStored::of).toList(),
                    stored -> stored.stream().map(AttachmentStored::toValue).toList());
        }
    }
}
