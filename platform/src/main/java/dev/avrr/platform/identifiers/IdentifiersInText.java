package dev.avrr.platform.identifiers;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether free text that is to leave a service for a partner holds something that identifies a person: a run of
 * six or more digits (an identity, D-, samordnings- or DUF number, a phone number; spaces and dashes between the
 * digits do not hide it), an e-mail address, or a passport-like number (one or two letters and six or more digits).
 * Dates are not identifiers. A timeline entry carries no identifier (docs/sharing.md); text that holds one is refused, never silently changed.
 */
public final class IdentifiersInText {

    private static final List<Pattern> IDENTIFIERS = List.of(
            Pattern.compile("\\d(?:[\\s\\-+./]?\\d){5,}"),
            Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"),
            Pattern.compile("\\b[A-Za-z]{1,2}\\d{6,}\\b"));

    /** Dates (2026-05-03, 03.05.2026) are not identifiers; they are taken out before the digits are counted. */
    private static final Pattern DATES = Pattern.compile("\\b(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})\\b");

    private IdentifiersInText() {
    }

    public static boolean found(String text) {
        if (text == null) {
            return false;
        }
        String withoutDates = DATES.matcher(text).replaceAll(" ");
        return IDENTIFIERS.stream().anyMatch(p -> p.matcher(withoutDates).find());
    }
}
