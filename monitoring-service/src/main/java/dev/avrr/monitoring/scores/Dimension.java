package dev.avrr.monitoring.scores;

/** The three dimensions of reintegration sustainability (IOM's Reintegration Sustainability Survey). */
public enum Dimension {
    ECONOMIC, SOCIAL, PSYCHOSOCIAL
}
