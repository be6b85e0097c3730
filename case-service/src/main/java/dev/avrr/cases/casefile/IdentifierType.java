package dev.avrr.cases.casefile;

import dev.avrr.platform.identifiers.DufNumber;
import dev.avrr.platform.identifiers.IdentifierCheck;
import dev.avrr.platform.identifiers.NorwegianIdentityNumber;
import dev.avrr.platform.identifiers.SwedishIdentityNumber;

/** The identity numbers a case may hold (docs/domain.md#identifiers-the-system-must-validate), each with its check. */
public enum IdentifierType {
    FODSELSNUMMER, D_NUMBER, DUF_NUMBER, PERSONNUMMER, SAMORDNINGSNUMMER;

    public IdentifierCheck check(String value) {
        return switch (this) {
            case FODSELSNUMMER -> NorwegianIdentityNumber.checkFodselsnummer(value);
            case D_NUMBER -> NorwegianIdentityNumber.checkDNumber(value);
            case DUF_NUMBER -> DufNumber.check(value);
            case PERSONNUMMER -> SwedishIdentityNumber.checkPersonnummer(value);
            case SAMORDNINGSNUMMER -> SwedishIdentityNumber.checkSamordningsnummer(value);
        };
    }

    /** Checks a value and keeps it with the verdict. */
    public HeldIdentifier hold(String value) {
        IdentifierCheck check = check(value);
        return new HeldIdentifier(this, value, check.verdict(), check.message());
    }
}
