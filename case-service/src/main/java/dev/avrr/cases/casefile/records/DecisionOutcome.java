package dev.avrr.cases.casefile.records;

/** A decision's outcome; at stage UNE, APPROVED means the rejection was overturned and REJECTED that it was upheld. */
public enum DecisionOutcome {
    APPROVED, REJECTED
}
