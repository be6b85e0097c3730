package dev.avrr.cases.travel;

import static dev.avrr.cases.CaseApi.OSLO;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#the-swedish-route, Behovsinventering: before travel the needs are inventoried and support in the home country
 * confirmed — for every programme with reintegration support; UDI's standard grant has none.
 */
@QuarkusTest
class NeedsInventoryGateWiringTest {

    @ParameterizedTest(name = "{0}, inventory: {1} → {2}")
    @CsvSource({
            "VULNERABLE_GROUPS, none,          409 needs-inventory-missing",
    })
    void wiredIntoTheBooking(String programme, String inventory, String expected) {
        String id = CaseApi.register(CaseApi.registration(programme, LocalDate.of(1990, 1, 1), null));
        CaseApi.approved(id);
        CaseApi.plan(OSLO, id);
        CaseApi.arrangements(OSLO, id, false);
        if (!inventory.equals("none")) {
            CaseApi.put(OSLO, id, "needs-inventory", """
                    {"needs":[{"category":"MEDICAL","description":"Follow-up at a clinic (fictional)"}],
                     "supportAvailableInHomeCountry":%s,"assessedOn":"%s"}"""
                    .formatted(inventory.equals("confirmed"), CaseApi.today())).statusCode(200);
        }
        CaseApi.answers(CaseApi.book(OSLO, id), expected);
    }
}
