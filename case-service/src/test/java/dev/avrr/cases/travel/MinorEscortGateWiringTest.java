package dev.avrr.cases.travel;

import static dev.avrr.cases.CaseApi.OSLO;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;

/** docs/domain.md#the-norwegian-route, free travel with an escort if needed: a minor never travels without an escort arranged. */
@QuarkusTest
class MinorEscortGateWiringTest {

    @ParameterizedTest(name = "age {0}, escort arranged: {1} → {2}")
    @CsvSource({
            "15, false, 409 escort-required",
    })
    void wiredIntoTheBooking(int age, boolean escort, String expected) {
        String id = CaseApi.register(CaseApi.registration("VULNERABLE_GROUPS", CaseApi.today().minusYears(age), null));
        CaseApi.approvedWith(id, age < 18 ? CaseApi.UNACCOMPANIED : CaseApi.MEDICAL);
        CaseApi.needsInventory(OSLO, id);
        CaseApi.plan(OSLO, id);
        CaseApi.arrangements(OSLO, id, escort);
        if (age < 18) {
            FamilyTracingGateWiringTest.tracing(id, "FAMILY_FOUND", true, true);
        }
        CaseApi.answers(CaseApi.book(OSLO, id), expected);
    }

    @Test
    void anEscortCancelledAfterBookingStopsTheDeparture() {
        String id = FamilyTracingGateWiringTest.approvedMinor();
        FamilyTracingGateWiringTest.tracing(id, "FAMILY_FOUND", true, true);
        CaseApi.book(OSLO, id).statusCode(200);
        CaseApi.arrangements(OSLO, id, false);
        CaseApi.depart(OSLO, id).statusCode(409).body("guard", equalTo("escort-required"));
        CaseApi.read(OSLO, id).body("status", equalTo("TRAVEL_PREPARATION"));
    }
}
