package dev.avrr.cases.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.casefile.records.EligibilityCategory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * docs/domain.md#eligibility-for-the-vulnerable-groups-programme, aged-out minor (overårig): arrived as an unaccompanied minor and now 18 to 23 inclusive. Assessed on
 * 2025-06-01.
 */
@QuarkusTest
class AgedOutMinorRuleTest {

    private static final LocalDate ASSESSED_ON = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "born {0}, arrived {1} without parent: {2} → {3} ({4})")
    @CsvSource({
            "2004-06-01, 2020-01-01, true,  true,  21, arrived at 15",
            "2007-06-01, 2022-01-01, true,  true,  18 on the assessment date",
            "2001-06-02, 2016-01-01, true,  true,  23, the day before turning 24",
            "2001-06-01, 2016-01-01, true,  false, 24 on the assessment date",
            "2007-06-02, 2022-01-01, true,  false, 17: an unaccompanied minor still",
            "2004-06-01, 2023-01-01, true,  false, arrived at 18",
            "2004-06-01,           , true,  false, arrival date not recorded",
            "2004-06-01, 2020-01-01, false, false, came with a parent",
    })
    void rule(LocalDate born, LocalDate arrivedOn, boolean withoutParent, boolean met, String why) {
        String arrival = "\"arrival\":{\"withoutParentOrLegalGuardian\":" + withoutParent
                + (arrivedOn == null ? "" : ",\"arrivedOn\":\"" + arrivedOn + "\"") + "}";
        ValidatableResponse outcome = Assessments.assess(born, ASSESSED_ON, arrival);
        assertEquals(met, Assessments.met(outcome, EligibilityCategory.AGED_OUT_MINOR), why);
    }
}
