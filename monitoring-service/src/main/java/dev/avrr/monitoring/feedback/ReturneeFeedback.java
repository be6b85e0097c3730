package dev.avrr.monitoring.feedback;

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
import dev.avrr.platform.protection.ProtectedString;
import dev.avrr.platform.statemachine.TransitionTable.Transition;

/** The returnee's own feedback, in their words: free text, protected at rest. */
@Entity
@Table(name = "returnee_feedback")
public class ReturneeFeedback implements PersonalRecord {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(nullable = false)
    public String language;

    @Convert(converter = ProtectedString.class)
    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeedbackStatus status;

    @Column(name = "forwarded_at")
    public OffsetDateTime forwardedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_by_org")
    public String recordedByOrg;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Version
    public long version;

    public FeedbackStatus status() {
        return status;
    }

    void kept() {
        status = FeedbackStatus.KEPT;
    }

    /** Takes an allowed transition of {@link FeedbackTransitions}; the only way the status changes. */
    void take(Transition<FeedbackStatus, FeedbackTransitions.Command> transition, OffsetDateTime at) {
        status = transition.takenFrom(status);
        forwardedAt = status == FeedbackStatus.FORWARDED ? at : null;
    }

    @Override
    public UUID protectionSubject() {
        return caseId;
    }
}
