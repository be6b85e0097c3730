package dev.avrr.cases.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.CaseApi;
import dev.avrr.cases.casefile.records.EligibilityCategory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * docs/domain.md#eligibility-for-the-vulnerable-groups-programme, unaccompanied minor: under 18 on the assessment date and arrived without a parent or legal guardian.
 * Assessed on 2025-06-01.
 */
@QuarkusTest
class UnaccompaniedMinorRuleTest {

    private static final LocalDate ASSESSED_ON = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "born {0}, arrived without parent or guardian: {1} → {2} ({3})")
    @CsvSource({
            "2008-06-02, true,  true,  16 years old",
            "2007-06-02, true,  true,  17 years old, the day before turning 18",
            "2007-06-01, true,  false, 18 on the assessment date",
            "2000-01-01, true,  false, an adult",
            "2010-01-01, false, false, came with a parent or guardian",
            "2010-01-01,      , false, arrival not recorded",
    })
    void rule(LocalDate born, Boolean withoutParent, boolean met, String why) {
        String arrival = withoutParent == null ? ""
                : "\"arrival\":{\"withoutParentOrLegalGuardian\":" + withoutParent + "}";
        ValidatableResponse outcome = Assessments.assess(born, ASSESSED_ON, arrival);
        assertEquals(met, Assessments.met(outcome, EligibilityCategory.UNACCOMPANIED_MINOR), why);
    }

    /** Counted as born on 31 December of the year: 2006 makes 17 on 2024-12-30, where 1 January would make 18. */
    @ParameterizedTest(name = "estimated birth year {0} → age {1} on 2024-12-30, met: {2}")
    @CsvSource({
            "2008, 15, true",
            "2006, 17, true",
            "2005, 18, false",
    })
    void withOnlyAnEstimatedBirthYearTheChildGetsTheBenefitOfTheDoubt(int year, int age, boolean met) {
        String id = CaseApi.register(CaseApi.registrationEstimated("VULNERABLE_GROUPS", year));
        ValidatableResponse outcome = Assessments.assessCase(id, LocalDate.of(2024, 12, 30),
                "\"arrival\":{\"withoutParentOrLegalGuardian\":true}");
        assertEquals(age, outcome.extract().<Integer> path("eligibility.ageOnAssessment"));
        assertTrue(outcome.extract().<Boolean> path("eligibility.ageEstimated"));
        assertEquals(met, Assessments.met(outcome, EligibilityCategory.UNACCOMPANIED_MINOR));
    }
}
