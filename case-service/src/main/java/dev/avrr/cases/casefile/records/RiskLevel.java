package dev.avrr.cases.casefile.records;

/** The level of a risk assessment; HIGH blocks travel until mitigated and re-assessed. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
