package dev.avrr.monitoring.notifications;

/**
 * What a notification announces, and the API path where its subject is read (a notification never carries the
 * details: the receiver reads them there, with its own token).
 */
public enum NotificationKind {
    ALERT_RAISED("/api/v1/monitoring/alerts/"),
    ALERT_ESCALATED("/api/v1/monitoring/alerts/"),
    FEEDBACK_RECEIVED("/api/v1/monitoring/feedback/"),
    HANDOVER_RECEIVED("/api/v1/monitoring/cases/"),
    ITEM_OVERDUE("/api/v1/monitoring/cases/"),
    /** A new item on a work queue of another service; its href is the one that service gave. */
    WORK_ITEM_OPENED(null);

    private final String readAt;

    NotificationKind(String readAt) {
        this.readAt = readAt;
    }

    /** Where the subject's details are read: an alert, a feedback, or the returnee's case (for items). */
    public String href(java.util.UUID caseId, java.util.UUID subjectId) {
        return readAt + (readAt.endsWith("/cases/") ? caseId : subjectId);
    }
}
