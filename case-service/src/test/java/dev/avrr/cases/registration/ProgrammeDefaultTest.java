package dev.avrr.cases.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.casefile.Jurisdiction;
import dev.avrr.cases.casefile.Vulnerability;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.VulnerabilityCategory;

/**
 * The programme a referred case starts under (docs/domain.md#the-swedish-route,
 * #the-victims-of-trafficking-package, #eligibility-for-the-vulnerable-groups-programme), as a table.
 */
class ProgrammeDefaultTest {

    @ParameterizedTest(name = "{0} referral naming [{1}] starts under {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SE | VICTIM_OF_TRAFFICKING_ADULT              | SWEDISH_AVRR
            SE | VICTIM_OF_TRAFFICKING_CHILD              | SWEDISH_AVRR
            SE | MEDICAL_NEEDS                            | SWEDISH_AVRR
            SE |                                          | SWEDISH_AVRR
            NO | VICTIM_OF_TRAFFICKING_ADULT              | VICTIMS_OF_TRAFFICKING
            NO | VICTIM_OF_TRAFFICKING_CHILD              | VICTIMS_OF_TRAFFICKING
            NO | MEDICAL_NEEDS VICTIM_OF_TRAFFICKING_ADULT | VICTIMS_OF_TRAFFICKING
            NO | UNACCOMPANIED_MINOR                      | VULNERABLE_GROUPS
            NO | AGED_OUT_MINOR                           | VULNERABLE_GROUPS
            NO | MEDICAL_NEEDS                            | VULNERABLE_GROUPS
            NO | OTHER                                    | VULNERABLE_GROUPS
            NO |                                          | VULNERABLE_GROUPS
            """)
    void theProgrammeFollowsTheRouteThenTrafficking(Jurisdiction jurisdiction, String categories, Programme expected) {
        assertEquals(expected, ProgrammeDefault.forReferral(jurisdiction, vulnerability(categories)));
    }

    @ParameterizedTest(name = "{0} referral without a vulnerability starts under {1}")
    @CsvSource({ "SE, SWEDISH_AVRR", "NO, VULNERABLE_GROUPS" })
    void aReferralWithoutAVulnerabilityFallsBackOnItsRoute(Jurisdiction jurisdiction, Programme expected) {
        assertEquals(expected, ProgrammeDefault.forReferral(jurisdiction, null));
    }

    private static Vulnerability vulnerability(String categories) {
        List<VulnerabilityCategory> named = categories == null ? List.of()
                : Arrays.stream(categories.trim().split("\\s+")).map(VulnerabilityCategory::valueOf).toList();
        return new Vulnerability(named, null, null, "Wants to go home (fictional)", null);
    }
}
