package dev.avrr.referral.counselling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A decision on a resident that makes a mandatory return conversation due. */
@Entity
@Table(name = "conversation_trigger")
public class ConversationTrigger {

    @Id
    public UUID id;

    @Column(name = "resident_id", nullable = false)
    public UUID residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MandatoryTrigger kind;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
