package dev.avrr.cases.casefile;

import java.util.List;

/**
 * The applicant's details beyond name, date of birth and nationality, kept protected at rest as one value:
 * languages may reveal ethnic origin, contact details and identity numbers identify the person.
 */
public record ApplicantDetails(String sex, List<String> languages, Boolean interpreterNeeded, Contact contact,
        List<HeldIdentifier> identifiers) {

    public ApplicantDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public static ApplicantDetails empty() {
        return new ApplicantDetails(null, List.of(), null, null, List.of());
    }
}
