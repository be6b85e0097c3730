package dev.avrr.cases.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseFiles;
import dev.avrr.cases.casefile.Jurisdiction;
import dev.avrr.cases.casefile.records.RiskAssessment;
import dev.avrr.cases.casefile.records.RiskLevel;
import dev.avrr.vocabulary.events.Programme;

/**
 * docs/domain.md#the-swedish-route (Riskhantering): a victim of trafficking, and every Swedish case, is risk-assessed
 * before travel; the latest assessment counts, and a HIGH risk stops any case.
 */
class RiskAssessmentGateTest {

    @ParameterizedTest(name = "{0} on the {1} route, assessments {2} → {3}")
    @CsvSource({
            "VICTIMS_OF_TRAFFICKING, NO, '',          risk-assessment-missing",
            "VICTIMS_OF_TRAFFICKING, NO, HIGH,        risk-too-high",
            "VICTIMS_OF_TRAFFICKING, NO, LOW,         ''",
            "VICTIMS_OF_TRAFFICKING, NO, HIGH MEDIUM, ''",
            "VICTIMS_OF_TRAFFICKING, NO, LOW HIGH,    risk-too-high",
            "VULNERABLE_GROUPS,      NO, '',          ''",
            "VULNERABLE_GROUPS,      NO, HIGH,        risk-too-high",
            "SWEDISH_AVRR,           SE, '',          risk-assessment-missing",
            "SWEDISH_AVRR,           SE, MEDIUM,      ''",
    })
    void table(Programme programme, Jurisdiction route, String levels, String refusal) {
        AvrrCase c = CaseFiles.of(route, programme, LocalDate.of(1990, 1, 1));
        for (String level : levels.isBlank() ? List.<String> of() : List.of(levels.split(" "))) {
            c.riskAssessments = AvrrCase.appended(c.riskAssessments, CaseFiles.recorded(new RiskAssessment(
                    RiskLevel.valueOf(level), List.of("Debt to the recruiter"), List.of("Arrival assistance"),
                    LocalDate.of(2026, 1, 12))));
        }
        assertEquals(refusal.isEmpty() ? Optional.empty() : Optional.of(refusal),
                new RiskAssessmentGate().refusal(c, LocalDate.of(2026, 6, 1)));
    }
}
