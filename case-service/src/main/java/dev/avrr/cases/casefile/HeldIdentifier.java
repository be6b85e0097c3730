package dev.avrr.cases.casefile;

import dev.avrr.platform.identifiers.IdentifierCheck;

/**
 * An identity number held on the case with the verdict of its check: a DUF number whose check digits do not
 * match the publicly known rule is kept with a WARNING; one that came invalid from a referral is kept INVALID so
 * the caseworker can correct it rather than the case being lost.
 */
public record HeldIdentifier(IdentifierType type, String value, IdentifierCheck.Verdict check, String message) {
}
