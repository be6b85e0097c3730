package dev.avrr.cases.export;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedString;

/**
 * A data subject's request, four-eyes: recorded by one data-protection officer, released by another. The package is
 * assembled and kept when it is released, as it was handed over.
 * <p>
 * The request is the subject of its own protected values, not the case: the case's erasure destroys the keys of the
 * case's access requests (their packages and details are erased anyway), while an erasure request is kept as it was
 * recorded, the proof of who asked and who released it, and so keeps its key.
 */
@Entity
@Table(name = "data_protection_request")
public class DataProtectionRequest implements PersonalRecord {

    /** What the person asked for. */
    public enum Kind {
        ACCESS, ERASURE
    }

    public enum Status {
        RECORDED, RELEASED
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The referral the case came from, whose service answers with its part; null for a case registered directly. */
    @Column(name = "referral_id")
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "request_reference", nullable = false)
    public String requestReference;

    /** How the person's identity was verified: free text, so protected at rest. */
    @Convert(converter = ProtectedString.class)
    @Column(name = "identity_verified_by", nullable = false)
    public String identityVerifiedBy;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "released_by")
    public String releasedBy;

    @Column(name = "released_at")
    public OffsetDateTime releasedAt;

    /** The package as released (JSON), protected at rest. */
    @Convert(converter = ProtectedString.class)
    @Column(name = "package")
    public String releasedPackage;

    @Version
    public long version;

    @Override
    public UUID protectionSubject() {
        return id;
    }
}
