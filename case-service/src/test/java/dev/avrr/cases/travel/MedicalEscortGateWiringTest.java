package dev.avrr.cases.travel;

import static dev.avrr.cases.CaseApi.OSLO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;

/** docs/domain.md#the-norwegian-route, travel with an escort if needed: where a medical escort is needed, travel waits until one is arranged. */
@QuarkusTest
class MedicalEscortGateWiringTest {

    @ParameterizedTest(name = "medical escort needed: {0}, arranged: {1} → {2}")
    @CsvSource({
            "true,  false, 409 medical-escort-missing",
    })
    void wiredIntoTheBooking(boolean needed, boolean arranged, String expected) {
        String id = TravelDocumentGateWiringTest.approvedWithoutArrangements();
        CaseApi.put(OSLO, id, "travel-arrangements", """
                {"travelDocument":{"status":"HELD"},"transitAssistance":true,"arrivalAssistance":true,
                 "medicalEscort":{"needed":%s,"arranged":%s}}""".formatted(needed, arranged)).statusCode(200);
        CaseApi.answers(CaseApi.book(OSLO, id), expected);
    }
}
