package dev.avrr.platform.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Norwegian fødselsnummer and D-number (docs/domain.md#identifiers-the-system-must-validate): 11 digits DDMMYY III K1 K2, the D-number
 * with 4 added to the first digit (day 41–71). K1 = 11 − (Σ dᵢ·wᵢ mod 11) over digits 1–9 with
 * w = 3,7,6,1,8,9,4,5,2; K2 likewise over digits 1–10 with w = 5,4,3,2,7,6,5,4,3,2; 11 counts as 0 and 10
 * makes the number invalid. The date must exist in the century the individual number gives.
 */
public final class NorwegianIdentityNumber {

    private static final int[] K1_WEIGHTS = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };
    private static final int[] K2_WEIGHTS = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

    /** Which of the two kinds a number is. */
    public enum Kind {
        FODSELSNUMMER, D_NUMBER
    }

    private NorwegianIdentityNumber() {
    }

    public static IdentifierCheck checkFodselsnummer(String value) {
        return check(value, Kind.FODSELSNUMMER);
    }

    public static IdentifierCheck checkDNumber(String value) {
        return check(value, Kind.D_NUMBER);
    }

    static IdentifierCheck check(String value, Kind kind) {
        String name = kind == Kind.D_NUMBER ? "D-number" : "fødselsnummer";
        if (value == null || !value.matches("\\d{11}")) {
            return IdentifierCheck.invalid("A " + name + " is 11 digits");
        }
        int[] d = value.chars().map(c -> c - '0').toArray();
        int k1 = checkDigit(d, K1_WEIGHTS);
        int k2 = checkDigit(d, K2_WEIGHTS);
        if (k1 != d[9] || k2 != d[10]) {
            return IdentifierCheck.invalid("The check digits of the " + name + " do not match");
        }
        int day = d[0] * 10 + d[1];
        if (kind == Kind.D_NUMBER) {
            if (day < 41 || day > 71) {
                return IdentifierCheck.invalid("A D-number has 4 added to the first digit of the day (41–71)");
            }
            day -= 40;
        } else if (day > 31) {
            return IdentifierCheck.invalid("The day of a fødselsnummer is 01–31; a day of 41–71 is a D-number");
        }
        if (birthDate(day, d[2] * 10 + d[3], d[4] * 10 + d[5], d[6] * 100 + d[7] * 10 + d[8]) == null) {
            return IdentifierCheck.invalid("The " + name + " does not hold a real date of birth");
        }
        return IdentifierCheck.valid();
    }

    /** K = 11 − (Σ dᵢ·wᵢ mod 11); 11 → 0; 10 → -1 (no valid digit). */
    static int checkDigit(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k == 10 ? -1 : k;
    }

    /** The date of birth, with the century from the individual number, or null if no such date exists. */
    static LocalDate birthDate(int day, int month, int yy, int individual) {
        Integer century = null;
        if (individual <= 499) {
            century = 1900;
        } else if (individual <= 749 && yy >= 54) {
            century = 1800;
        } else if (individual >= 500 && yy <= 39) {
            century = 2000;
        } else if (individual >= 900 && yy >= 40) {
            century = 1900;
        }
        if (century == null) {
            return null;
        }
        try {
            return LocalDate.of(century + yy, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
