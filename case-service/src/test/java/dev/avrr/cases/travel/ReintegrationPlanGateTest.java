package dev.avrr.cases.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseFiles;
import dev.avrr.vocabulary.events.Programme;

/** docs/domain.md#the-swedish-route (Återintegrationsplan): a reintegration plan is drafted before travel. */
class ReintegrationPlanGateTest {

    @ParameterizedTest(name = "{0}, plan drafted: {1} → {2}")
    @CsvSource({
            "VULNERABLE_GROUPS,      false, plan-reference-missing",
            "VULNERABLE_GROUPS,      true,  ''",
            "VICTIMS_OF_TRAFFICKING, false, plan-reference-missing",
            "UDI_STANDARD,           false, ''",
    })
    void table(Programme programme, boolean drafted, String refusal) {
        AvrrCase c = CaseFiles.norwegian(programme, LocalDate.of(1990, 1, 1));
        if (drafted) {
            c.planId = UUID.randomUUID();
            c.planDraftedOn = LocalDate.of(2026, 1, 10);
        }
        assertEquals(refusal.isEmpty() ? Optional.empty() : Optional.of(refusal),
                new ReintegrationPlanGate().refusal(c, LocalDate.of(2026, 6, 1)));
    }
}
