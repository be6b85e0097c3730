package dev.avrr.cases.travel;

import static dev.avrr.cases.CaseApi.OSLO;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.time.Now;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dates of a journey make sense: a departure not before the registration nor the booking, an arrival not before
 * the departure, a case's end not before the departure nor the arrival, none after today — the table, then over HTTP, each refusal a
 * 422 naming its rule and changing nothing.
 */
@QuarkusTest
class JourneyDatesTest {

    @ParameterizedTest(name = "departed {0}, registered {1}, booked {2} → {3}")
    @CsvSource({
            "2026-03-10, 2026-03-10, 2026-03-10, ''",
            "2026-03-12, 2026-03-01, 2026-03-05, ''",
            "2026-03-09, 2026-03-10, 2026-03-10, departure-before-registration",
            "2026-03-09, 2026-03-10, 2026-03-01, departure-before-registration",
            "2026-03-04, 2026-03-01, 2026-03-05, departure-before-booking",
            "2026-03-04, 2026-03-01,           , ''" })
    void departure(LocalDate departed, LocalDate registered, LocalDate booked, String rule) {
        assertEquals(rule.isEmpty() ? Optional.empty() : Optional.of(rule),
                JourneyDates.departure(departed, registered, booked).map(JourneyDates.Refusal::rule));
    }

    @ParameterizedTest(name = "arrived {0}, departed {1} → {2}")
    @CsvSource({
            "2026-03-10, 2026-03-10, ''",
            "2026-03-11, 2026-03-10, ''",
            "2026-03-09, 2026-03-10, arrival-before-departure",
            "2026-03-09,           , ''" })
    void arrival(LocalDate arrived, LocalDate departed, String rule) {
        assertEquals(rule.isEmpty() ? Optional.empty() : Optional.of(rule),
                JourneyDates.arrival(arrived, departed).map(JourneyDates.Refusal::rule));
    }

    @ParameterizedTest(name = "ended {0}, departed {1}, arrived {2} → {3}")
    @CsvSource({
            "2026-03-10, 2026-03-10,           , ''",
            "2026-03-09, 2026-03-10,           , ending-before-departure",
            "2026-03-09,           ,           , ''",
            "2026-03-12, 2026-03-10, 2026-03-11, ''",
            "2026-03-11, 2026-03-10, 2026-03-11, ''",
            "2026-03-10, 2026-03-10, 2026-03-11, ending-before-arrival",
            "2026-03-09, 2026-03-10, 2026-03-11, ending-before-departure" })
    void ending(LocalDate ended, LocalDate departed, LocalDate arrived, String rule) {
        assertEquals(rule.isEmpty() ? Optional.empty() : Optional.of(rule),
                JourneyDates.ending(ended, departed, arrived).map(JourneyDates.Refusal::rule));
    }

    @Test
    void overHttpEachRefusalNamesItsRuleAndChangesNothing() {
        LocalDate today = CaseApi.today();
        String id;
        // Registered ten days ago (the consent to share for the return recorded today); booked today.
        try (Now.Fixed tenDaysAgo = Now.fixedAt(today.minusDays(10).atTime(9, 0).toInstant(ZoneOffset.UTC))) {
            id = given().auth().oauth2(OSLO).contentType("application/json")
                    .body(CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), null))
                    .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        }
        CaseApi.returnConsent(OSLO, id).statusCode(200);
        CaseApi.approved(id);
        CaseApi.handOver(OSLO, id).statusCode(200);
        CaseApi.prepared(OSLO, id);
        CaseApi.book(OSLO, id).statusCode(200);
        String booked = CaseApi.read(OSLO, id).statusCode(200).extract().path("status");

        departOn(id, today.minusDays(11)).statusCode(422).body("rule", equalTo("departure-before-registration"));
        departOn(id, today.minusDays(5)).statusCode(422).body("rule", equalTo("departure-before-booking"));
        departOn(id, today.plusDays(1)).statusCode(422).body("rule", equalTo("date-in-future"))
                .body("violations[0].field", equalTo("departedOn"));
        CaseApi.read(OSLO, id).statusCode(200).body("status", equalTo(booked));
        departOn(id, today).statusCode(200).body("status", equalTo("DEPARTED"));

        CaseApi.post(OSLO, id, "absconding", "{\"endedOn\":\"%s\",\"reason\":\"LOST_CONTACT\"}"
                .formatted(today.minusDays(1))).statusCode(422).body("rule", equalTo("ending-before-departure"));
        CaseApi.post(OSLO, id, "arrival", "{\"arrivedOn\":\"%s\"}".formatted(today.plusDays(1))).statusCode(422)
                .body("rule", equalTo("date-in-future")).body("violations[0].field", equalTo("arrivedOn"));

        CaseApi.post(OSLO, id, "arrival", "{\"arrivedOn\":\"%s\"}".formatted(today.minusDays(1))).statusCode(422)
                .body("rule", equalTo("arrival-before-departure"));
        CaseApi.read(OSLO, id).statusCode(200).body("status", equalTo("DEPARTED"));
        CaseApi.arrive(OSLO, id).statusCode(200);

        CaseApi.post(OSLO, id, "closure", "{\"endedOn\":\"%s\",\"reason\":\"RETURN_COMPLETED\"}"
                .formatted(today.minusDays(1))).statusCode(422).body("rule", equalTo("ending-before-departure"));
        CaseApi.read(OSLO, id).statusCode(200).body("status", equalTo("ARRIVED"));
    }

    private static io.restassured.response.ValidatableResponse departOn(String id, LocalDate day) {
        return CaseApi.post(OSLO, id, "departure", "{\"departedOn\":\"%s\"}".formatted(day));
    }
}
