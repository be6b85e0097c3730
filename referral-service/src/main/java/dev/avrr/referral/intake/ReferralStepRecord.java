package dev.avrr.referral.intake;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import dev.avrr.platform.statemachine.StepRecord;

/** One step in a referral's history. */
@Entity
@Table(name = "referral_step")
@SequenceGenerator(name = StepRecord.ID, sequenceName = "referral_step_id_seq", allocationSize = 1)
public class ReferralStepRecord extends StepRecord {

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStep step;

    @Column(nullable = false)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ReferralStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ReferralStatus toStatus;
}
