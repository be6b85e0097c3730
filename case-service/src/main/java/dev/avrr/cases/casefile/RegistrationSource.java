package dev.avrr.cases.casefile;

/** How a case came to be: from a referral that IOM accepted, or registered directly by IOM's caseworker. */
public enum RegistrationSource {
    REFERRAL, DIRECT
}
