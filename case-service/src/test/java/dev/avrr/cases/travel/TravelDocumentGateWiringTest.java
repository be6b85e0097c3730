package dev.avrr.cases.travel;

import static dev.avrr.cases.CaseApi.OSLO;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#the-norwegian-route (help to obtain travel documents) and docs/domain.md#the-swedish-route (IOM arranges travel documents): travel needs a document
 * held or obtained; a machine-readable zone, when given, must pass its ICAO 9303 check digits.
 */
@QuarkusTest
class TravelDocumentGateWiringTest {

    /** The ICAO 9303 specimen passport's second MRZ line (a fictional holder). */
    static final String SPECIMEN_MRZ = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    static String approvedWithoutArrangements() {
        String id = CaseApi.registerAdult();
        CaseApi.approved(id);
        CaseApi.needsInventory(OSLO, id);
        CaseApi.plan(OSLO, id);
        return id;
    }

    @ParameterizedTest(name = "document {0} → {1}")
    @CsvSource({
            "'',       409 travel-document-missing",
    })
    void wiredIntoTheBooking(String status, String expected) {
        String id = approvedWithoutArrangements();
        if (!status.isEmpty()) {
            CaseApi.put(OSLO, id, "travel-arrangements", """
                    {"travelDocument":{"status":"%s","type":"EMERGENCY_TRAVEL_DOCUMENT"},
                     "transitAssistance":false,"arrivalAssistance":true}""".formatted(status)).statusCode(200);
        }
        CaseApi.answers(CaseApi.book(OSLO, id), expected);
    }

    @ParameterizedTest(name = "MRZ line 2 {0} → {1}")
    @CsvSource({
            SPECIMEN_MRZ + ", 200",
            "L898902C46UTO7408122F1204159ZE184226B<<<<<10, 400",
            "L898902C36UTO7408132F1204159ZE184226B<<<<<10, 400",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<11, 400",
            "TOO-SHORT, 400",
    })
    void machineReadableZoneCheckDigits(String mrz, int expected) {
        String id = CaseApi.registerAdult();
        var response = CaseApi.put(OSLO, id, "travel-arrangements", """
                {"travelDocument":{"status":"HELD","type":"PASSPORT","mrzLine2":"%s"},
                 "transitAssistance":false,"arrivalAssistance":true}""".formatted(mrz)).statusCode(expected);
        if (expected == 400) {
            response.body("violations[0].field", equalTo("travelDocument.mrzLine2"))
                    .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("L898902C")));
        }
    }

    @Test
    void theMachineReadableZoneIsKeptForTheCaseworker() {
        String id = CaseApi.registerAdult();
        CaseApi.put(OSLO, id, "travel-arrangements", """
                {"travelDocument":{"status":"HELD","type":"PASSPORT","mrzLine2":"%s"},
                 "transitAssistance":false,"arrivalAssistance":true}""".formatted(SPECIMEN_MRZ)).statusCode(200)
                .body("travel.arrangements.value.travelDocument.mrzLine2", equalTo(SPECIMEN_MRZ));
    }
}
