package dev.avrr.cases.travel;

import java.time.LocalDate;

import dev.avrr.cases.casefile.AvrrCase;

/**
 * Whether the applicant travels as a minor: under 18 on the travel date. The household relations a case holds
 * (child, spouse, other) name no parent or legal guardian, so a minor applicant counts as unaccompanied.
 */
final class MinorApplicant {

    private MinorApplicant() {
    }

    static boolean on(AvrrCase c, LocalDate travelDate) {
        return c.applicantBirth().ageOn(travelDate).map(age -> age < 18).orElse(false);
    }
}
