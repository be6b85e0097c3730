package dev.avrr.vocabulary.events;

/** How a person travelling in a household relates to the applicant. */
public enum HouseholdRelation {
    APPLICANT, CHILD, SPOUSE, OTHER
}
