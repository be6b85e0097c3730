package dev.avrr.cases.eligibility;

import java.util.Optional;

import dev.avrr.cases.casefile.BirthDate;
import dev.avrr.cases.casefile.records.EligibilityInput;

/** What a category's rule looks at: the applicant's birth and what the caseworker found. */
public record RuleFacts(BirthDate birth, EligibilityInput input) {

    public Optional<Integer> ageOnAssessment() {
        return birth.ageOn(input.assessedOn());
    }
}
