package dev.avrr.cases.casefile;

import java.util.UUID;

import dev.avrr.vocabulary.events.HouseholdRelation;

/** One person who travels on a case, the applicant included, with what the case knows of their birth. */
public record CaseTraveller(UUID memberId, HouseholdRelation relation, BirthDate birth) {
}
