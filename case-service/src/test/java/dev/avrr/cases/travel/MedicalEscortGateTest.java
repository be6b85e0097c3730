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

/** docs/domain.md#what-every-applicant-may-get: arrangements that need a medical escort travel with one. */
class MedicalEscortGateTest {

    @ParameterizedTest(name = "medical escort needed: {0}, arranged: {1} → {2}")
    @CsvSource({
            "true,  false, medical-escort-missing",
            "true,  true,  ''",
            "false, false, ''",
            ",      ,      ''",
    })
    void table(Boolean needed, Boolean arranged, String refusal) {
        AvrrCase c = CaseFiles.norwegian(Programme.VULNERABLE_GROUPS, LocalDate.of(1990, 1, 1));
        c.travelArrangements = CaseFiles.recorded(new TravelArrangements(
                new TravelArrangements.TravelDocument(TravelArrangements.DocumentStatus.HELD, null, null, null), null,
                false, true, needed == null ? null : new TravelArrangements.MedicalEscort(needed, arranged)));
        assertEquals(refusal.isEmpty() ? Optional.empty() : Optional.of(refusal),
                new MedicalEscortGate().refusal(c, LocalDate.of(2026, 6, 1)));
    }
}
