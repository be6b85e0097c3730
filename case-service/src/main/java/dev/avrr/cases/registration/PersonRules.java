package dev.avrr.cases.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.avrr.cases.casefile.HeldIdentifier;
import dev.avrr.platform.identifiers.CountryCode;
import dev.avrr.platform.identifiers.IdentifierCheck;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.time.PastDates;

/**
 * Checks of a person's data as a caseworker enters it: each failure is a 400 naming the field, never the value — but
 * an estimated birth year after this one, which is the platform's rule for dates of what already happened
 * ({@link PastDates}, 422; a date of birth after today is refused by its own bound, the same rule).
 */
final class PersonRules {

    private PersonRules() {
    }

    static String country(String field, String code) {
        return CountryCode.normalise(code)
                .orElseThrow(() -> Problems.invalid(field, "is not an ISO 3166-1 alpha-2 or alpha-3 country code"));
    }

    /** The path of a field inside a part of the body ({@code prefix} empty for the body itself). */
    static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** A person's birth: a date (its bound keeps it out of the future) or an estimated year; one is required. */
    static void birth(String prefix, LocalDate dateOfBirth, Integer estimatedBirthYear) {
        if (dateOfBirth == null && estimatedBirthYear == null) {
            throw Problems.invalid(field(prefix, "dateOfBirth"), "is required, or estimatedBirthYear when it is unknown");
        }
        PastDates.year(field(prefix, "estimatedBirthYear"), estimatedBirthYear);
    }

    /** Each identifier checked; an invalid one is refused, a DUF number that only warns is kept with the warning. */
    static List<HeldIdentifier> identifiers(String field, List<PersonInput.Identifier> input) {
        List<HeldIdentifier> held = new ArrayList<>();
        if (input == null) {
            return held;
        }
        for (int i = 0; i < input.size(); i++) {
            PersonInput.Identifier id = input.get(i);
            HeldIdentifier h = HeldIdentifier.of(id.type(), id.value().trim());
            if (h.check() == IdentifierCheck.Verdict.INVALID) {
                throw Problems.invalid(field + "[" + i + "].value", h.message());
            }
            held.add(h);
        }
        return held;
    }
}
