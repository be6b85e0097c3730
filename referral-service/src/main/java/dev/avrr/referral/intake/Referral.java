package dev.avrr.referral.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A referral of a person who may want to return, registered by a partner organisation. */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    public UUID id;

    @Column(name = "referring_org", nullable = false)
    public String referringOrg;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Jurisdiction jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(nullable = false)
    public String nationality;

    @Column(name = "country_of_return", nullable = false)
    public String countryOfReturn;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "accepted_by_org")
    public String acceptedByOrg;

    @Version
    public long version;

    public ReferralStatus status() {
        return status;
    }

    /** Moves the referral through the state machine; the only way its status changes. */
    void transition(ReferralTransitions.Command command, OffsetDateTime at) {
        this.status = ReferralTransitions.apply(command, status);
        this.statusChangedAt = at;
    }

    void submitted(OffsetDateTime at) {
        this.status = ReferralStatus.SUBMITTED;
        this.statusChangedAt = at;
    }
}
