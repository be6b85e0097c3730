package dev.avrr.cases.casefile.records;

/** Where a consent, or its withdrawal, was recorded. */
public enum ConsentSource {
    /** The referral's consent to share with IOM (referral-service), and its withdrawal there. */
    REFERRAL,
    /** The person's own application to IOM (a case registered directly). */
    APPLICATION,
    /** Taken from the person by IOM's caseworker and recorded on the case. */
    CASEWORKER
}
