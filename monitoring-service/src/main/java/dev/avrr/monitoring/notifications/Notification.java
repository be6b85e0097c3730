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
 * Something an office or a mission is told: of one of its returnees, or of a new item on its work queue in another
 * service. Ids and a kind, never the details. Its sequence number orders the stream; who may read it is the
 * sharing rule's answer for its case (see {@link Notifications#sees}).
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true)
    public UUID id;

    /** The case, where there is one (a referral to accept has none yet). */
    @Column(name = "case_id")
    public UUID caseId;

    /** The IOM office of the case or of the item: whose caseworkers may be told. */
    @Column(nullable = false)
    public String office;

    /**
     * Who is told: {@code CASEWORKER} or {@code MISSION} only, for a work item of that audience; null for what
     * concerns both the mission and the sending office (an alert, a handover, feedback).
     */
    public String audience;

    /** For {@link NotificationKind#WORK_ITEM_OPENED}, the kind of item (e.g. PLAN_TO_APPROVE). */
    @Column(name = "item_kind")
    public String itemKind;

    /** For a work item, where its service reads it; otherwise derived from the kind. */
    public String href;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    /** The alert, feedback, plan item or work item (referral, case, plan) it is about. */
    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    /** For an escalation, the level it reached; 0 otherwise. */
    @Column(nullable = false)
    public int level;

    @Column(nullable = false)
    public boolean escalation;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Where the receiver reads what this notification is about. */
    public String href() {
        return href != null ? href : kind.href(caseId, subjectId);
    }
}
