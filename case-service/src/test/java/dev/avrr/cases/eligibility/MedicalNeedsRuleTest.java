package dev.avrr.cases.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.casefile.records.EligibilityCategory;
import io.quarkus.test.junit.QuarkusTest;

/** docs/domain.md#eligibility-for-the-vulnerable-groups-programme, medical needs: a documented need of extensive medical follow-up in the home country. */
@QuarkusTest
class MedicalNeedsRuleTest {

    @ParameterizedTest(name = "extensive follow-up: {0}, documentation: {1} → {2}")
    @CsvSource({
            "true,  Physician's statement (fictional), true",
            "true,  ,                                   false",
            "false, Physician's statement (fictional), false",
            ",      ,                                   false",
    })
    void rule(Boolean extensive, String documentation, boolean met) {
        String finding = extensive == null ? ""
                : "\"medicalNeeds\":{\"extensiveFollowUpNeeded\":" + extensive
                        + (documentation == null ? "" : ",\"documentation\":\"" + documentation + "\"") + "}";
        assertEquals(met, Assessments.met(Assessments.assess(LocalDate.of(1970, 3, 3), LocalDate.of(2025, 6, 1),
                finding), EligibilityCategory.MEDICAL_NEEDS));
    }
}
