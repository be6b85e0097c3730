package dev.avrr.monitoring.feedback;

/** The returnee's feedback: kept by the mission, or forwarded to the sending office with their consent. */
public enum FeedbackStatus {
    KEPT, FORWARDED
}
