package dev.avrr.platform.http;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.avrr.platform.identifiers.CountryCode;
import dev.avrr.platform.problem.Problems;

/**
 * Typed query parameters read from strings, so that a bad value is a 400 naming the parameter (JAX-RS would
 * answer a failed query-parameter conversion with 404).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid(name, "must be a UUID");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid(name, "is not one of: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static OffsetDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problems.invalid(name, "must be an ISO-8601 time with offset, e.g. 2026-01-31T12:00:00Z");
        }
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

    /** An ISO 3166-1 country code, alpha-2 or alpha-3, as its alpha-2 code; null when absent. */
    public static String country(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return CountryCode.normalise(value)
                .orElseThrow(() -> Problems.invalid(name, "is not an ISO 3166-1 alpha-2 or alpha-3 country code"));
    }
}
