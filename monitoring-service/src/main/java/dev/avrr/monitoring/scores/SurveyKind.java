package dev.avrr.monitoring.scores;

/** A baseline, at or before the return, or a follow-up after it, compared with the baseline. */
public enum SurveyKind {
    BASELINE, FOLLOW_UP
}
