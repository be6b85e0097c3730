package dev.avrr.vocabulary.events;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One person of a returning household as events carry it: an id (case-service's), the relation to the
 * applicant and the age in whole years on the event's date. Never a name or a date of birth.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Traveller(@NotNull UUID memberId, @NotNull HouseholdRelation relation,
        @NotNull @Min(0) @Max(130) Integer age) {
}
