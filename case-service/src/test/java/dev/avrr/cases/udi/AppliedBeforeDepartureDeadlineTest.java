package dev.avrr.cases.udi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.Events;
import dev.avrr.vocabulary.events.CaseApproved;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#the-udi-standard-grant: UDI's standard grant depends on whether the person applied before the departure
 * deadline (or had none); CaseApproved says so for UDI_STANDARD, and nothing for other programmes. The
 * application is signed today.
 */
@QuarkusTest
class AppliedBeforeDepartureDeadlineTest {

    @Inject
    Events events;

    @ParameterizedTest(name = "{0}, deadline in {1} days → applied before: {2}")
    @CsvSource({
            "UDI_STANDARD,      ,   true",
            "UDI_STANDARD,      10, true",
            "UDI_STANDARD,      0,  true",
            "UDI_STANDARD,      -1, false",
            "VULNERABLE_GROUPS, ,   ",
    })
    void rule(String programme, Integer daysToDeadline, Boolean appliedBefore) {
        String body = CaseApi.registration(programme, LocalDate.of(1980, 1, 1), null);
        if (daysToDeadline != null) {
            body = body.replace("\"countryOfReturn\"", "\"departureDeadline\":\"%s\",\"countryOfReturn\""
                    .formatted(CaseApi.today().plusDays(daysToDeadline)));
        }
        String id = CaseApi.register(body);
        CaseApi.approved(id);
        CaseApproved approved = events.data(events.parse(CaseApi.caseEvents(id, CaseApproved.TYPE, 1).get(0).value()),
                CaseApproved.class);
        assertEquals(appliedBefore, approved.appliedBeforeDepartureDeadline());
    }
}
