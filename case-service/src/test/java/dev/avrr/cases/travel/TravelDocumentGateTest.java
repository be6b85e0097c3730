package dev.avrr.cases.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseFiles;
import dev.avrr.cases.casefile.records.TravelArrangements;
import dev.avrr.vocabulary.events.Programme;

/** docs/domain.md#the-norwegian-route: nobody travels without a travel document, held or obtained. */
class TravelDocumentGateTest {

    @ParameterizedTest(name = "document {0} → {1}")
    @CsvSource({
            "'',       travel-document-missing",
            "NEEDED,   travel-document-missing",
            "HELD,     ''",
            "OBTAINED, ''",
    })
    void table(String status, String refusal) {
        AvrrCase c = CaseFiles.norwegian(Programme.VULNERABLE_GROUPS, LocalDate.of(1990, 1, 1));
        if (!status.isEmpty()) {
            c.travelArrangements = CaseFiles.recorded(new TravelArrangements(new TravelArrangements.TravelDocument(
                    TravelArrangements.DocumentStatus.valueOf(status),
                    TravelArrangements.DocumentType.EMERGENCY_TRAVEL_DOCUMENT, null, null), null, false, true, null));
        }
        assertEquals(refusal.isEmpty() ? Optional.empty() : Optional.of(refusal),
                new TravelDocumentGate().refusal(c, LocalDate.of(2026, 6, 1)));
    }
}
