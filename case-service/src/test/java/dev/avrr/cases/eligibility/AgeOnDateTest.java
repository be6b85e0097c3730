package dev.avrr.cases.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.CaseApi;
import dev.avrr.cases.casefile.records.EligibilityCategory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Age (docs/case-service.md, choices: age) from the date of birth on the assessment date, in whole years by the calendar. Someone born on 29
 * February turns a year older on 1 March in a year without 29 February, and on 29 February in a leap year.
 */
@QuarkusTest
class AgeOnDateTest {

    @ParameterizedTest(name = "born {0}, assessed {1} → {2}; an unaccompanied minor: {3}")
    @CsvSource({
            "2008-02-29, 2026-02-28, 17, true",
            "2008-02-29, 2026-03-01, 18, false",
            "2008-02-29, 2024-02-28, 15, true",
            "2008-02-29, 2024-02-29, 16, true",
            "2007-02-28, 2025-02-27, 17, true",
            "2007-02-28, 2025-02-28, 18, false",
            "2007-12-31, 2025-12-30, 17, true",
            "2007-01-01, 2025-01-01, 18, false",
    })
    void ageOnTheAssessmentDate(LocalDate born, LocalDate assessedOn, int age, boolean minor) {
        ValidatableResponse outcome = Assessments.assess(born, assessedOn,
                "\"arrival\":{\"withoutParentOrLegalGuardian\":true}");
        assertEquals(age, outcome.extract().<Integer> path("eligibility.ageOnAssessment"));
        assertEquals(minor, Assessments.met(outcome, EligibilityCategory.UNACCOMPANIED_MINOR));
    }

    @ParameterizedTest(name = "assessed {1}, before the date of birth {0}: 400 naming assessedOn")
    @CsvSource({ "2020-05-05, 2020-05-04" })
    void anAssessmentBeforeBirthIsRefused(LocalDate born, LocalDate assessedOn) {
        String id = CaseApi.register(CaseApi.registration("VULNERABLE_GROUPS", born, null));
        CaseApi.assess(CaseApi.OSLO, id, "{\"assessedOn\":\"" + assessedOn + "\"}").statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("assessedOn"));
    }
}
