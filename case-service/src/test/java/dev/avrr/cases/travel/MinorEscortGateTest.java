package dev.avrr.cases.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseFiles;
import dev.avrr.cases.casefile.records.TravelArrangements;
import dev.avrr.vocabulary.events.Programme;

/** docs/domain.md#what-every-applicant-may-get: a minor never travels without an escort arranged. */
class MinorEscortGateTest {

    static final LocalDate DEPARTURE = LocalDate.of(2026, 6, 1);

    @ParameterizedTest(name = "age {0} on the departure date, escort arranged: {1} → {2}")
    @CsvSource({
            "15, false, escort-required",
            "15, true,  ''",
            "17, false, escort-required",
            "18, false, ''",
            "30, false, ''",
    })
    void table(int age, boolean escort, String refusal) {
        AvrrCase c = CaseFiles.norwegian(Programme.VULNERABLE_GROUPS, DEPARTURE.minusYears(age));
        c.travelArrangements = CaseFiles.recorded(arrangements(escort));
        assertEquals(refusal.isEmpty() ? Optional.empty() : Optional.of(refusal),
                new MinorEscortGate().refusal(c, DEPARTURE));
    }

    @Test
    void aMinorWithoutArrangementsHasNoEscort() {
        AvrrCase c = CaseFiles.norwegian(Programme.VULNERABLE_GROUPS, DEPARTURE.minusYears(15));
        assertEquals(Optional.of(MinorEscortGate.NAME), new MinorEscortGate().refusal(c, DEPARTURE));
    }

    static TravelArrangements arrangements(boolean escort) {
        return new TravelArrangements(new TravelArrangements.TravelDocument(TravelArrangements.DocumentStatus.HELD,
                TravelArrangements.DocumentType.PASSPORT, null, null),
                new TravelArrangements.Escort(escort, escort ? TravelArrangements.EscortKind.IOM_STAFF : null), false,
                true, null);
    }
}
