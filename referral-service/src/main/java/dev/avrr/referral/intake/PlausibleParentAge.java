package dev.avrr.referral.intake;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A child travelling with the person must be younger than the person by at least the minimum parent age: a
 * "child" born when the applicant was younger than that is a data error (bad input). With only an
 * estimated birth year, the applicant is taken at its most favourable (1 January of that year).
 */
public final class PlausibleParentAge {

    private PlausibleParentAge() {
    }

    /** The message for an implausible child, or empty when the child's date of birth is plausible. */
    public static Optional<String> check(LocalDate applicantBirth, Integer applicantEstimatedYear, LocalDate childBirth,
            int minimumParentAge) {
        LocalDate parent = applicantBirth != null ? applicantBirth
                : applicantEstimatedYear != null ? LocalDate.of(applicantEstimatedYear, 1, 1) : null;
        if (parent == null || childBirth == null) {
            return Optional.empty();
        }
        if (childBirth.isBefore(parent.plusYears(minimumParentAge))) {
            return Optional.of("is not plausible for a child of the person: the person would have been younger than "
                    + minimumParentAge + " at the child's birth");
        }
        return Optional.empty();
    }
}
