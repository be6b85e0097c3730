package dev.avrr.platform.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.platform.identifiers.IdentifierCheck.Verdict;

/** The identifier table of docs/domain.md#identifiers-the-system-must-validate, row by row, with its examples and broken ones. */
class IdentifierRulesTest {

    @ParameterizedTest(name = "fødselsnummer {0} → {1}")
    @CsvSource({
            "31129956715, VALID",       // docs/domain.md example
            "31129956716, INVALID",     // K2 wrong
            "31129956725, INVALID",     // K1 wrong
            "3112995671, INVALID",      // 10 digits
            "3112995671a, INVALID",
            "71129956715, INVALID",     // a D-number day is not a fødselsnummer
            "30029956701, INVALID",     // 30 February (check digits recomputed would not save it)
    })
    void fodselsnummer(String value, Verdict verdict) {
        assertEquals(verdict, NorwegianIdentityNumber.checkFodselsnummer(value).verdict());
    }

    @ParameterizedTest(name = "D-number {0} → {1}")
    @CsvSource({
            "71129956715, INVALID",    // first digit + 4 changes the check digits: this one does not match
            "31129956715, INVALID",    // a fødselsnummer is not a D-number
            "4112995671, INVALID",
    })
    void dNumberShape(String value, Verdict verdict) {
        assertEquals(verdict, NorwegianIdentityNumber.checkDNumber(value).verdict());
    }

    @ParameterizedTest(name = "D-number built from day {0}")
    @CsvSource({ "41", "55", "71" })
    void aDNumberWithValidCheckDigitsIsValid(String day) {
        assertEquals(Verdict.VALID, NorwegianIdentityNumber.checkDNumber(withCheckDigits(day + "0199123")).verdict());
    }

    @ParameterizedTest(name = "K1 of 10 makes {0} invalid")
    @CsvSource({ "010100" })
    void aCheckDigitOfTenIsNeverValid(String date) {
        // Find an individual number whose K1 would be 10; no choice of K1 can make it valid.
        for (int individual = 0; individual < 500; individual++) {
            String nine = date + String.format("%03d", individual);
            int[] d = nine.chars().map(c -> c - '0').toArray();
            int[] padded = java.util.Arrays.copyOf(d, 10);
            if (NorwegianIdentityNumber.checkDigit(padded, new int[] { 3, 7, 6, 1, 8, 9, 4, 5, 2 }) == -1) {
                for (int k1 = 0; k1 <= 9; k1++) {
                    for (int k2 = 0; k2 <= 9; k2++) {
                        assertEquals(Verdict.INVALID,
                                NorwegianIdentityNumber.checkFodselsnummer(nine + k1 + k2).verdict());
                    }
                }
                return;
            }
        }
        throw new AssertionError("no individual number with K1 = 10 found");
    }

    @ParameterizedTest(name = "DUF {0} → {1}")
    @CsvSource({
            "200205705502, VALID",     // docs/domain.md example
            "200205705503, WARNING",   // check digits off: a warning, not a refusal
            "20020570550, INVALID",    // 11 digits
            "18990570550 2, INVALID",
            "999905705502, INVALID",   // year in the future
    })
    void dufNumber(String value, Verdict verdict) {
        assertEquals(verdict, DufNumber.check(value.replace(" ", "")).verdict());
    }

    @ParameterizedTest(name = "personnummer {0} → {1}")
    @CsvSource({
            "640823-3234, VALID",      // docs/domain.md example
            "6408233234, VALID",
            "196408233234, VALID",
            "640823+3234, VALID",      // same digits, aged 100+
            "640823-3235, INVALID",    // Luhn digit wrong
            "641323-3234, INVALID",    // month 13
            "64082-33234, INVALID",
            "701063-2391, INVALID",    // a samordningsnummer is not a personnummer
    })
    void personnummer(String value, Verdict verdict) {
        assertEquals(verdict, SwedishIdentityNumber.check(value, SwedishIdentityNumber.Kind.PERSONNUMMER,
                LocalDate.of(2026, 11, 23)).verdict());
    }

    @ParameterizedTest(name = "samordningsnummer {0} → {1}")
    @CsvSource({
            "701063-2391, VALID",      // docs/domain.md example
            "197010632391, VALID",
            "701063-2392, INVALID",
            "640823-3234, INVALID",    // a personnummer day
    })
    void samordningsnummer(String value, Verdict verdict) {
        assertEquals(verdict, SwedishIdentityNumber.check(value, SwedishIdentityNumber.Kind.SAMORDNINGSNUMMER,
                LocalDate.of(2026, 11, 23)).verdict());
    }

    @ParameterizedTest(name = "country {0} → {1}")
    @CsvSource({ "NO, NO", "se, SE", "NOR, NO", "AFG, AF", "ER, ER", "XX, ''", "NORW, ''", "'', ''" })
    void countryCodes(String code, String alpha2) {
        assertEquals(alpha2, CountryCode.normalise(code).orElse(""));
    }

    @ParameterizedTest(name = "MRZ field {0} → {1}")
    @CsvSource({ "L898902C3, 6", "740812, 2", "120415, 9", "D23145890, 7", "<<<<<<, 0", "AB2134<<<, 5" })
    void mrzCheckDigits(String field, int digit) {
        assertEquals(digit, MrzCheckDigit.compute(field));
    }

    @ParameterizedTest(name = "TD3 line 2 {0} → {1}")
    @CsvSource({
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10, VALID",   // ICAO 9303 specimen
            "L898902C37UTO7408122F1204159ZE184226B<<<<<10, INVALID", // document number digit
            "L898902C36UTO7408123F1204159ZE184226B<<<<<10, INVALID", // date of birth digit
            "L898902C36UTO7408122F1204158ZE184226B<<<<<10, INVALID", // expiry digit
            "L898902C36UTO7408122F1204159ZE184226B<<<<<11, INVALID", // composite digit
            "L898902C36UTO7408122F1204159ZE184226B<<<<<1, INVALID",  // too short
    })
    void td3Line2(String line, Verdict verdict) {
        assertEquals(verdict, MrzCheckDigit.checkTd3Line2(line).verdict());
    }

    private static String withCheckDigits(String nine) {
        int[] d = java.util.Arrays.copyOf(nine.chars().map(c -> c - '0').toArray(), 10);
        int k1 = NorwegianIdentityNumber.checkDigit(d, new int[] { 3, 7, 6, 1, 8, 9, 4, 5, 2 });
        d[9] = k1;
        int k2 = NorwegianIdentityNumber.checkDigit(d, new int[] { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 });
        if (k1 < 0 || k2 < 0) {
            throw new IllegalArgumentException("pick another individual number");
        }
        return nine + k1 + k2;
    }
}
