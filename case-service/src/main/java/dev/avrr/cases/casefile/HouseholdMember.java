package dev.avrr.cases.casefile;

import java.time.LocalDate;
import java.util.UUID;

import dev.avrr.vocabulary.events.HouseholdRelation;

/**
 * A person who travels with the applicant. {@code memberId} is case-service's stable id for the person, the id
 * events carry instead of a name. When the date of birth is unknown, an estimated birth year may stand in.
 */
public record HouseholdMember(UUID memberId, HouseholdRelation relation, String givenName, String familyName,
        LocalDate dateOfBirth, Integer estimatedBirthYear, String sex) {

    public BirthDate birth() {
        return new BirthDate(dateOfBirth, estimatedBirthYear);
    }
}
