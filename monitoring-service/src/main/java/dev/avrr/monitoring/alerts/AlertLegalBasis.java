package dev.avrr.monitoring.alerts;

/**
 * The legal basis an alert was recorded under (docs/domain.md#data-protection): the person's consent while their
 * consent to monitoring stands, their vital interests once they withdrew it — a protection concern is still acted
 * on, and recorded as such, but what the person declined is not re-opened.
 */
public enum AlertLegalBasis {
    CONSENT, VITAL_INTERESTS
}
