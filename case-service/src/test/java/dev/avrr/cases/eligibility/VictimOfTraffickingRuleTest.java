package dev.avrr.cases.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.casefile.records.EligibilityCategory;
import io.quarkus.test.junit.QuarkusTest;

/** docs/domain.md#eligibility-for-the-vulnerable-groups-programme, victim of trafficking (adult or child): identified as a victim, and by whom recorded. */
@QuarkusTest
class VictimOfTraffickingRuleTest {

    @ParameterizedTest(name = "identified: {0}, by: {1} → {2}")
    @CsvSource({
            "true,  KOM (fictional), true",
            "true,  ,                false",
            "false, KOM (fictional), false",
            ",      ,                false",
    })
    void rule(Boolean identified, String by, boolean met) {
        String finding = identified == null ? ""
                : "\"trafficking\":{\"identified\":" + identified + (by == null ? "" : ",\"identifiedBy\":\"" + by + "\"")
                        + "}";
        assertEquals(met, Assessments.met(Assessments.assess(LocalDate.of(1995, 3, 3), LocalDate.of(2025, 6, 1),
                finding), EligibilityCategory.VICTIM_OF_TRAFFICKING));
    }

    @ParameterizedTest(name = "born {0}: a child victim too")
    @CsvSource({ "2012-01-01", "1980-01-01" })
    void adultsAndChildrenAlike(LocalDate born) {
        assertEquals(true, Assessments.met(Assessments.assess(born, LocalDate.of(2025, 6, 1),
                "\"trafficking\":{\"identified\":true,\"identifiedBy\":\"Police (fictional)\"}"),
                EligibilityCategory.VICTIM_OF_TRAFFICKING));
    }
}
