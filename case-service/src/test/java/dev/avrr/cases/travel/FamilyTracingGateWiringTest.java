package dev.avrr.cases.travel;

import static dev.avrr.cases.CaseApi.OSLO;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#eligibility-for-the-vulnerable-groups-programme and docs/domain.md#separated-children, family tracing for unaccompanied minors: a minor travels only when the family or a guardian who
 * receives the child was found and a best-interests determination found the return in the child's best interest.
 */
@QuarkusTest
class FamilyTracingGateWiringTest {

    /** An unaccompanied 15-year-old, approved, prepared, with an escort arranged. */
    static String approvedMinor() {
        String id = CaseApi.register(CaseApi.registration("VULNERABLE_GROUPS", CaseApi.today().minusYears(15), null));
        CaseApi.approvedWith(id, CaseApi.UNACCOMPANIED);
        CaseApi.needsInventory(OSLO, id);
        CaseApi.plan(OSLO, id);
        CaseApi.arrangements(OSLO, id, true);
        return id;
    }

    static void tracing(String id, String outcome, boolean receiver, Boolean bestInterest) {
        CaseApi.put(OSLO, id, "family-tracing", """
                {"outcome":"%s"%s%s}""".formatted(outcome,
                receiver ? ",\"receiver\":{\"name\":\"Testina Fiktivsen\",\"relationToChild\":\"mother\"}" : "",
                bestInterest == null ? "" : ",\"bestInterests\":{\"returnInChildsBestInterest\":" + bestInterest
                        + ",\"decidedOn\":\"" + CaseApi.today() + "\",\"decidedBy\":\"Child welfare (fictional)\"}"))
                .statusCode(200);
    }

    @ParameterizedTest(name = "tracing {0}, receiver {1}, best interest {2} → {3}")
    @CsvSource({
            "'',             false, ,      409 family-tracing-incomplete",
    })
    void wiredIntoTheBooking(String outcome, boolean receiver, Boolean bestInterest, String expected) {
        String id = approvedMinor();
        if (!outcome.isEmpty()) {
            tracing(id, outcome, receiver, bestInterest);
        }
        CaseApi.answers(CaseApi.book(OSLO, id), expected);
    }

    @Test
    void aFoundFamilyWithoutTheReceiverIsRefused() {
        String id = approvedMinor();
        CaseApi.put(OSLO, id, "family-tracing", "{\"outcome\":\"FAMILY_FOUND\"}").statusCode(400)
                .body("violations[0].field", equalTo("receiver"));
    }

    @Test
    void someoneWhoTurns18ByTheDepartureDateTravelsAsAnAdult() {
        LocalDate born = CaseApi.departureDate().minusYears(18);
        String id = CaseApi.register(CaseApi.registration("VULNERABLE_GROUPS", born, null));
        CaseApi.approvedWith(id, CaseApi.UNACCOMPANIED);
        CaseApi.prepared(OSLO, id);
        CaseApi.book(OSLO, id).statusCode(200);
    }
}
