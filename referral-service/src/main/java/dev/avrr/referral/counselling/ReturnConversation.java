package dev.avrr.referral.counselling;

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

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedString;

/**
 * A return conversation (retursamtale) a counsellor held with a resident
 * (docs/domain.md#return-counselling-in-reception-centres). Its notes are sealed with the resident's key: the resident
 * roots a person's data in the counselling part (their conversations, triggers and outcomes hang off it), is linked to
 * no referral or case, and is what an erasure of that person would name.
 */
@Entity
@Table(name = "return_conversation")
public class ReturnConversation implements PersonalRecord {

    /** Formal (called, individual, structured) or informal (docs/domain.md#mandatory-return-conversations: "formelle og uformelle retursamtaler"). */
    public enum Form {
        FORMAL, INFORMAL
    }

    /** Where the resident stands after the conversation. */
    public enum Outcome {
        WANTS_TO_APPLY_TO_IOM, CONSIDERING_RETURN, NOT_CONSIDERING_RETURN, FOLLOW_UP_AGREED
    }

    @Id
    public UUID id;

    @Column(name = "resident_id", nullable = false)
    public UUID residentId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    /** Whether the resident was a minor on the day: what the yearly figures count, kept when the resident is erased. */
    @Column(name = "with_minor", nullable = false)
    public boolean withMinor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Form form;

    /** The mandatory trigger this conversation answers, if it is the mandatory one. */
    @Column(name = "trigger_id", unique = true)
    public UUID triggerId;

    @Column(name = "interpreter_used", nullable = false)
    public boolean interpreterUsed;

    @Column(name = "interpreter_language")
    public String interpreterLanguage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Convert(converter = ProtectedString.class)
    public String notes;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Override
    public UUID protectionSubject() {
        return residentId;
    }
}
