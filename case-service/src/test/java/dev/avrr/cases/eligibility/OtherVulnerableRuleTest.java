package dev.avrr.cases.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.casefile.records.EligibilityCategory;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#eligibility-for-the-vulnerable-groups-programme, other vulnerable: a subtype — violence, exploitation, domestic violence, forced marriage, elderly
 * without a family network in the home country.
 */
@QuarkusTest
class OtherVulnerableRuleTest {

    @ParameterizedTest(name = "subtype {0} → {1}")
    @CsvSource({
            "VIOLENCE,                      true",
            "EXPLOITATION,                  true",
            "DOMESTIC_VIOLENCE,             true",
            "FORCED_MARRIAGE,               true",
            "ELDERLY_WITHOUT_FAMILY_NETWORK, true",
            "'',                            false",
    })
    void rule(String subtype, boolean met) {
        String finding = subtype.isEmpty() ? "\"otherVulnerable\":{\"description\":\"Described, no subtype\"}"
                : "\"otherVulnerable\":{\"subtype\":\"" + subtype + "\"}";
        assertEquals(met, Assessments.met(Assessments.assess(LocalDate.of(1950, 3, 3), LocalDate.of(2025, 6, 1),
                finding), EligibilityCategory.OTHER_VULNERABLE));
    }

    @ParameterizedTest(name = "an unknown subtype {0} is a 400 naming the field")
    @CsvSource({ "POVERTY" })
    void onlyTheNamedSubtypes(String subtype) {
        String id = dev.avrr.cases.CaseApi.registerAdult();
        dev.avrr.cases.CaseApi.assess(dev.avrr.cases.CaseApi.OSLO, id, """
                {"assessedOn":"2025-06-01","otherVulnerable":{"subtype":"%s"}}""".formatted(subtype)).statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("otherVulnerable.subtype"));
    }
}
