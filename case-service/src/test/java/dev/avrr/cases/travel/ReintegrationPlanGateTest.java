package dev.avrr.cases.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseFiles;
import dev.avrr.vocabulary.events.Programme;

/**
 * docs/domain.md#the-swedish-route (Återintegrationsplan): a reintegration plan comes before travel, and it counts
 * once grant-service has approved it.
 */
class ReintegrationPlanGateTest {

    @ParameterizedTest(name = "{0}, plan referred: {1}, approved: {2} → {3}")
    @CsvSource({
            "VULNERABLE_GROUPS,      false, false, plan-not-approved",
            "VULNERABLE_GROUPS,      true,  false, plan-not-approved",
            "VULNERABLE_GROUPS,      true,  true,  ''",
            "VICTIMS_OF_TRAFFICKING, true,  false, plan-not-approved",
            "VICTIMS_OF_TRAFFICKING, true,  true,  ''",
            "SWEDISH_AVRR,           true,  false, plan-not-approved",
            "SWEDISH_AVRR,           true,  true,  ''",
            "UDI_STANDARD,           false, false, ''",
    })
    void table(Programme programme, boolean referred, boolean approved, String refusal) {
        AvrrCase c = CaseFiles.norwegian(programme, LocalDate.of(1990, 1, 1));
        if (referred) {
            c.planId = UUID.randomUUID();
            c.planDraftedOn = LocalDate.of(2026, 1, 10);
        }
        if (approved) {
            c.planApprovedAt = OffsetDateTime.of(2026, 1, 20, 10, 0, 0, 0, ZoneOffset.UTC);
        }
        assertEquals(refusal.isEmpty() ? Optional.empty() : Optional.of(refusal),
                new ReintegrationPlanGate().refusal(c, LocalDate.of(2026, 6, 1)));
    }
}
