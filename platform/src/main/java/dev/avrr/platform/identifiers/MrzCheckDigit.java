package dev.avrr.platform.identifiers;

/**
 * ICAO 9303 check digits of a travel document's machine-readable zone: weights 7,3,1 repeating; digits count
 * as their value, A–Z as 10–35, "<" as 0; the check digit is the sum mod 10.
 */
public final class MrzCheckDigit {

    private static final int[] WEIGHTS = { 7, 3, 1 };

    private MrzCheckDigit() {
    }

    /** The check digit of a field, or -1 if the field holds a character the MRZ does not allow. */
    public static int compute(String field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            int v = value(field.charAt(i));
            if (v < 0) {
                return -1;
            }
            sum += v * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    public static boolean matches(String field, char checkDigit) {
        int c = compute(field);
        return c >= 0 && checkDigit == (char) ('0' + c);
    }

    /**
     * The second line of a passport's MRZ (TD3, 44 characters): document number, date of birth, expiry and
     * the composite check digit over positions 1–10, 14–20 and 22–43.
     */
    public static IdentifierCheck checkTd3Line2(String line) {
        if (line == null || !line.matches("[A-Z0-9<]{44}")) {
            return IdentifierCheck.invalid("A passport MRZ line 2 is 44 characters of A–Z, 0–9 and '<'");
        }
        if (!matches(line.substring(0, 9), line.charAt(9))) {
            return IdentifierCheck.invalid("The document number's check digit does not match");
        }
        if (!matches(line.substring(13, 19), line.charAt(19))) {
            return IdentifierCheck.invalid("The date of birth's check digit does not match");
        }
        if (!matches(line.substring(21, 27), line.charAt(27))) {
            return IdentifierCheck.invalid("The expiry date's check digit does not match");
        }
        if (line.charAt(42) != '<' && !matches(line.substring(28, 42), line.charAt(42))) {
            return IdentifierCheck.invalid("The personal number's check digit does not match");
        }
        String composite = line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43);
        if (!matches(composite, line.charAt(43))) {
            return IdentifierCheck.invalid("The composite check digit does not match");
        }
        return IdentifierCheck.valid();
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return c == '<' ? 0 : -1;
    }
}
