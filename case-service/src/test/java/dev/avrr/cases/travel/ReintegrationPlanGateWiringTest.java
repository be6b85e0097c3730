package dev.avrr.cases.travel;

import static dev.avrr.cases.CaseApi.OSLO;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;

/** docs/domain.md#the-swedish-route, Återintegrationsplan: the plan (in grant-service) is drafted before travel; its reference is on the case. */
@QuarkusTest
class ReintegrationPlanGateWiringTest {

    @ParameterizedTest(name = "{0}, plan drafted: {1} → {2}")
    @CsvSource({
            "VULNERABLE_GROUPS, false, 409 plan-reference-missing",
    })
    void wiredIntoTheBooking(String programme, boolean drafted, String expected) {
        String id = CaseApi.register(CaseApi.registration(programme, LocalDate.of(1990, 1, 1), null));
        CaseApi.approved(id);
        CaseApi.needsInventory(OSLO, id);
        CaseApi.arrangements(OSLO, id, false);
        if (drafted) {
            CaseApi.plan(OSLO, id);
        }
        CaseApi.answers(CaseApi.book(OSLO, id), expected);
    }
}
