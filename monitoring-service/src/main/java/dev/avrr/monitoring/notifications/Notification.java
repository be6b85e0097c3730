package dev.avrr.monitoring.notifications;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Something an office or a mission is told of one of its returnees: ids and a kind, never the details. Its
 * sequence number orders the stream; who may read it is the sharing rule's answer for its case.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    /** The alert, feedback or plan item it is about. */
    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    /** For an escalation, the level it reached; 0 otherwise. */
    @Column(nullable = false)
    public int level;

    @Column(nullable = false)
    public boolean escalation;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
