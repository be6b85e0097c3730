package dev.avrr.monitoring.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dev.avrr.platform.identifiers.CountryCode;
import dev.avrr.platform.problem.Problems;

/** Query parameters of this service's lists that the platform's QueryParams does not read: a bad one is a 400. */
public final class Params {

    private Params() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problems.invalid(name, "must be a date, YYYY-MM-DD");
        }
    }

    /** A whole number from 1 up, or null when absent. */
    public static Integer positive(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number below 1
        }
        throw Problems.invalid(name, "must be a whole number from 1");
    }

    public static String country(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return CountryCode.normalise(value)
                .orElseThrow(() -> Problems.invalid(name, "is not an ISO 3166-1 alpha-2 or alpha-3 country code"));
    }
}
