package dev.avrr.platform.time;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.problem.ProblemException;

/** What already happened is never dated after today; today is the rule's clock's day, in UTC. */
class PastDatesTest {

    // Late on the last day of a year, in UTC: the next day is already next year.
    private static final Instant NOW = Instant.parse("2030-12-31T23:30:00Z");

    @ParameterizedTest(name = "{0} → refused: {1}")
    @CsvSource({
            "2030-12-31, false",
            "2030-12-30, false",
            "1900-01-01, false",
            "2031-01-01, true",
            "2099-06-01, true",
    })
    void aDayThroughItsBound(LocalDate day, boolean refused) {
        try (Now.Fixed ignored = Now.fixedAt(NOW); ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .clockProvider(new ValidationClock()).messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            Set<ConstraintViolation<Departure>> violations = factory.getValidator().validate(new Departure(day));
            assertEquals(refused, !violations.isEmpty());
            assertTrue(violations.stream().allMatch(PastDates::isBound), "the bound is the rule's");
        }
    }

    /** A body's date of what already happened, marked as every service marks one. */
    record Departure(@PastOrPresent LocalDate departedOn) {
    }

    @ParameterizedTest(name = "{0} → refused: {1}")
    @CsvSource({
            "2030, false",
            "1990, false",
            "2031, true",
    })
    void aYear(int year, boolean refused) {
        try (Now.Fixed ignored = Now.fixedAt(NOW)) {
            check(refused, () -> PastDates.year("person.estimatedBirthYear", year), "person.estimatedBirthYear");
        }
    }

    @org.junit.jupiter.api.Test
    void nothingGivenIsNothingToRefuse() {
        assertDoesNotThrow(() -> PastDates.year("estimatedBirthYear", null));
    }

    @org.junit.jupiter.api.Test
    void theRefusalNamesEachField() {
        Problem problem = PastDates.refusal(List.of("applicant.dateOfBirth", "members[0].dateOfBirth")).problem();
        assertEquals(422, problem.status);
        assertEquals(PastDates.RULE, problem.extensions().get("rule"));
        assertEquals(List.of("applicant.dateOfBirth", "members[0].dateOfBirth"),
                problem.violations.stream().map(Problem.Violation::field).toList());
    }

    private static void check(boolean refused, org.junit.jupiter.api.function.Executable call, String field) {
        if (refused) {
            Problem problem = assertThrows(ProblemException.class, call).problem();
            assertEquals(PastDates.RULE, problem.extensions().get("rule"));
            assertEquals(field, problem.violations.get(0).field());
        } else {
            assertDoesNotThrow(call);
        }
    }
}
