package dev.avrr.grant.disbursement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.avrr.grant.catalogue.EvidenceRequirement;
import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedString;

/** Evidence recorded for a category, such as a physician's description of needs: a health detail, protected. */
@Entity
@Table(name = "evidence")
public class Evidence implements PersonalRecord {

    @Id
    public UUID id;

    @Column(name = "entitlement_id", nullable = false)
    public UUID entitlementId;

    @Column(nullable = false)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_type", nullable = false)
    public EvidenceRequirement type;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Convert(converter = ProtectedString.class)
    @Column(nullable = false)
    public String description;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** The entitlement the evidence is for: erasure names each entitlement of the case. */
    @Override
    public UUID protectionSubject() {
        return entitlementId;
    }
}
