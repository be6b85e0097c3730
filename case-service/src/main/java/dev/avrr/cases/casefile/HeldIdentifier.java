package dev.avrr.cases.casefile;

import dev.avrr.platform.identifiers.IdentifierCheck;
import dev.avrr.platform.identifiers.IdentifierType;

/**
 * An identity number held on the case with the verdict of its check: a DUF number whose check digits do not
 * match the publicly known rule is kept with a WARNING; one that came invalid from a referral is kept INVALID so
 * the caseworker can correct it rather than the case being lost.
 */
public record HeldIdentifier(IdentifierType type, String value, IdentifierCheck.Verdict check, String message) {

    /** Checks a value and keeps it with the verdict. */
    public static HeldIdentifier of(IdentifierType type, String value) {
        IdentifierCheck check = type.check(value);
        return new HeldIdentifier(type, value, check.verdict(), check.message());
    }
}
