package dev.avrr.monitoring.statistics;

/** What statistics are broken down by. */
public enum GroupBy {
    COUNTRY, PROGRAMME, CATEGORY
}
