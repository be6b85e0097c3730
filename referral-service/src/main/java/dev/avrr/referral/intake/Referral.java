package dev.avrr.referral.intake;

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
import jakarta.persistence.Version;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedCode;
import dev.avrr.platform.protection.ProtectedDate;
import dev.avrr.platform.protection.ProtectedString;

/**
 * A referral of a person who may want to return, registered by a partner organisation. It roots the person's data in
 * this service: its protected columns are sealed with the referral's key, which the person's erasure destroys.
 */
@Entity
@Table(name = "referral")
public class Referral implements PersonalRecord {

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

    /** The person's names and date of birth: sealed with the referral's key. */
    @Convert(converter = ProtectedString.class)
    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Convert(converter = ProtectedString.class)
    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Convert(converter = ProtectedDate.class)
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    /** A code the statistics count: sealed with the service's key, kept on erasure. */
    @Convert(converter = ProtectedCode.class)
    @Column(nullable = false)
    public String nationality;

    @Column(name = "country_of_return", nullable = false)
    public String countryOfReturn;

    @Column(name = "estimated_birth_year")
    public Integer estimatedBirthYear;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    @Column(name = "interpreter_needed")
    public Boolean interpreterNeeded;

    /** Languages, contact details, identity numbers and the household: protected at rest. */
    @Convert(converter = PersonDetails.Column.class)
    @Column(name = "person_details")
    public PersonDetails details;

    /** Categories, who identified a victim of trafficking, the reason and the notes: protected at rest. */
    @Convert(converter = PersonDetails.VulnerabilityColumn.class)
    @Column(name = "vulnerability")
    public ReferralInput.Vulnerability vulnerability;

    /** Set when a coordinator registered the referral for a person who reached it outside the system. */
    @Enumerated(EnumType.STRING)
    @Column(name = "outside_channel")
    public OutsideChannel outsideChannel;

    @Convert(converter = ProtectedString.class)
    @Column(name = "outside_referred_by")
    public String outsideReferredBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    /** The Swedish coordinator that receives the referral; none on the Norwegian route. */
    @Column(name = "coordinator_org")
    public String coordinatorOrg;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** When IOM received it: on submission in Norway, on the coordinator's approval in Sweden. */
    @Column(name = "iom_notified_at")
    public OffsetDateTime iomNotifiedAt;

    /** The reason the referrer is told (a code with a public label). */
    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason_code")
    public DeclineReason declineReasonCode;

    /** The receiving organisation's own note on the decline: the receivers' only, never the referrer's; sealed. */
    @Convert(converter = ProtectedString.class)
    @Column(name = "decline_reason")
    public String declineNote;

    /** When the person's data on this referral were erased (the right to erasure); null while they are held. */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    @Version
    public long version;

    public ReferralStatus status() {
        return status;
    }

    /** Takes an allowed transition (see {@link ReferralTransitions}); the only way the status changes. */
    void take(ReferralTransitions.Transition transition, OffsetDateTime at) {
        this.status = transition.row().takenFrom(status);
        this.statusChangedAt = at;
        if (transition.command() == ReferralTransitions.Command.SUBMIT) {
            submittedAt = at;
            if (jurisdiction == Jurisdiction.NO) {
                iomNotifiedAt = at;
            }
        } else if (transition.command() == ReferralTransitions.Command.APPROVE) {
            iomNotifiedAt = at;
        }
    }

    /** A new referral starts as a draft. */
    void registered(OffsetDateTime at) {
        this.status = ReferralStatus.DRAFT;
        this.statusChangedAt = at;
    }

    public boolean registeredByCoordinator() {
        return outsideChannel != null;
    }

    /** Whether the person's data on this referral were erased: nothing personal is recorded on it any more. */
    public boolean erased() {
        return erasedAt != null;
    }

    @Override
    public UUID protectionSubject() {
        return id;
    }
}
