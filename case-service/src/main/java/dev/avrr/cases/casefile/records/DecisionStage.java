package dev.avrr.cases.casefile.records;

/** Who decided: UDI, or UNE on appeal. */
public enum DecisionStage {
    UDI, UNE
}
