package dev.avrr.platform.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;

import dev.avrr.platform.time.Now;

/**
 * Swedish personnummer and samordningsnummer (docs/domain.md#identifiers-the-system-must-validate): YYMMDD-NNNC (10, "+" instead of "-"
 * from age 100) or YYYYMMDDNNNC (12); the check digit C is the Luhn digit over the nine digits YYMMDDNNN.
 * A samordningsnummer has 60 added to the day (61–91).
 */
public final class SwedishIdentityNumber {

    /** Which of the two kinds a number is. */
    public enum Kind {
        PERSONNUMMER, SAMORDNINGSNUMMER
    }

    private SwedishIdentityNumber() {
    }

    public static IdentifierCheck checkPersonnummer(String value) {
        return check(value, Kind.PERSONNUMMER, Now.today());
    }

    public static IdentifierCheck checkSamordningsnummer(String value) {
        return check(value, Kind.SAMORDNINGSNUMMER, Now.today());
    }

    static IdentifierCheck check(String value, Kind kind, LocalDate today) {
        String name = kind == Kind.SAMORDNINGSNUMMER ? "samordningsnummer" : "personnummer";
        if (value == null || !value.matches("\\d{6}[-+]?\\d{4}|\\d{8}[-]?\\d{4}")) {
            return IdentifierCheck.invalid("A " + name + " is YYMMDD-NNNC or YYYYMMDDNNNC");
        }
        String digits = value.replaceAll("[-+]", "");
        Integer century = null;
        if (digits.length() == 12) {
            century = Integer.parseInt(digits.substring(0, 2)) * 100;
            if (value.contains("+")) {
                return IdentifierCheck.invalid("A 12-digit " + name + " has no '+'");
            }
            digits = digits.substring(2);
        }
        int[] d = digits.chars().map(c -> c - '0').toArray();
        if (luhn(d) != d[9]) {
            return IdentifierCheck.invalid("The check digit of the " + name + " does not match");
        }
        int yy = d[0] * 10 + d[1];
        int month = d[2] * 10 + d[3];
        int day = d[4] * 10 + d[5];
        if (kind == Kind.SAMORDNINGSNUMMER) {
            if (day < 61 || day > 91) {
                return IdentifierCheck.invalid("A samordningsnummer has 60 added to the day (61–91)");
            }
            day -= 60;
        } else if (day > 31) {
            return IdentifierCheck.invalid("The day of a personnummer is 01–31; a day of 61–91 is a samordningsnummer");
        }
        if (century == null) {
            // Ten digits: the youngest year that is not in the future; "+" means a hundred years earlier.
            int year = today.getYear() / 100 * 100 + yy;
            if (year > today.getYear()) {
                year -= 100;
            }
            if (value.contains("+")) {
                year -= 100;
            }
            century = year - yy;
        }
        try {
            LocalDate.of(century + yy, month, day);
        } catch (DateTimeException e) {
            return IdentifierCheck.invalid("The " + name + " does not hold a real date");
        }
        return IdentifierCheck.valid();
    }

    /** The Luhn check digit over the first nine digits (weights 2,1,2,1,...). */
    static int luhn(int[] d) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int p = d[i] * (i % 2 == 0 ? 2 : 1);
            sum += p > 9 ? p - 9 : p;
        }
        return (10 - sum % 10) % 10;
    }
}
