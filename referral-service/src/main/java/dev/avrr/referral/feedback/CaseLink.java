package dev.avrr.referral.feedback;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The case case-service registered from a referral: how other services' events find their referral. */
@Entity
@Table(name = "case_link")
public class CaseLink {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(name = "linked_at", nullable = false)
    public OffsetDateTime linkedAt;
}
