package dev.avrr.monitoring.returnees;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Traveller;

/** The statistics category of a household (docs/domain.md#eligibility-for-the-vulnerable-groups-programme: minors and aged-out minors of 18 to 23; families). */
class ReturneeCategoryTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "APPLICANT:16,                         MINOR",
            "APPLICANT:17 CHILD:1,                 MINOR",
            "APPLICANT:18,                         AGED_18_TO_23",
            "APPLICANT:23,                         AGED_18_TO_23",
            "APPLICANT:24,                         ADULT",
            "APPLICANT:67,                         ADULT",
            "APPLICANT:34 SPOUSE:33,               ADULT",
            "APPLICANT:34 CHILD:5,                 FAMILY",
            "APPLICANT:21 CHILD:2,                 FAMILY",
            "SPOUSE:40 CHILD:9,                    FAMILY",
    })
    void categoryOfTheHousehold(String household, ReturneeCategory expected) {
        List<Traveller> travellers = Arrays.stream(household.split(" ")).map(t -> t.split(":"))
                .map(t -> new Traveller(UUID.randomUUID(), HouseholdRelation.valueOf(t[0]), Integer.valueOf(t[1])))
                .toList();
        assertEquals(expected, ReturneeCategory.of(travellers));
    }
}
