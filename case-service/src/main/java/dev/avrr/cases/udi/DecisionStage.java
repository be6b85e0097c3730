package dev.avrr.cases.udi;

/** Who decided: UDI, or UNE on appeal. */
public enum DecisionStage {
    UDI, UNE
}
