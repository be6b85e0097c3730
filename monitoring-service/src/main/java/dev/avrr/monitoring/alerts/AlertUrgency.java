package dev.avrr.monitoring.alerts;

/** How soon the sending office must take a protection alert in hand: URGENT (a life or a child at risk now). */
public enum AlertUrgency {
    URGENT, NORMAL
}
