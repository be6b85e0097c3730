package dev.avrr.platform.identifiers;

/**
 * The identity numbers a referral or a case may carry, each checked by its own rule
 * (docs/domain.md#identifiers-the-system-must-validate).
 */
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
}
