package dev.avrr.cases.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseFiles;
import dev.avrr.cases.casefile.records.FamilyTracing;
import dev.avrr.cases.casefile.records.TracingOutcome;
import dev.avrr.vocabulary.events.Programme;

/**
 * docs/domain.md#separated-children: a child travels to a family or guardian found and named, once the return is
 * determined to be in the child's best interest; someone who is 18 on the departure date travels as an adult.
 */
class FamilyTracingGateTest {

    static final LocalDate DEPARTURE = LocalDate.of(2026, 6, 1);

    @ParameterizedTest(name = "age {0}, tracing {1}, receiver {2}, best interest {3} → {4}")
    @CsvSource({
            "15, '',             false, ,      family-tracing-incomplete",
            "15, IN_PROGRESS,    false, ,      family-tracing-incomplete",
            "15, NOT_FOUND,      false, true,  family-tracing-incomplete",
            "15, FAMILY_FOUND,   false, true,  family-tracing-incomplete",
            "15, FAMILY_FOUND,   true,  ,      best-interests-determination-missing",
            "15, FAMILY_FOUND,   true,  false, best-interests-determination-missing",
            "15, FAMILY_FOUND,   true,  true,  ''",
            "15, GUARDIAN_FOUND, true,  true,  ''",
            "18, '',             false, ,      ''",
    })
    void table(int age, String outcome, boolean receiver, Boolean bestInterest, String refusal) {
        AvrrCase c = CaseFiles.norwegian(Programme.VULNERABLE_GROUPS, DEPARTURE.minusYears(age));
        if (!outcome.isEmpty()) {
            c.familyTracing = CaseFiles.recorded(new FamilyTracing(TracingOutcome.valueOf(outcome),
                    receiver ? new FamilyTracing.Receiver("Testina Fiktivsen", "mother", null) : null,
                    bestInterest == null ? null
                            : new FamilyTracing.BestInterestsDetermination(bestInterest, LocalDate.of(2026, 2, 1),
                                    "Child welfare (fictional)"),
                    LocalDate.of(2026, 2, 1)));
        }
        assertEquals(refusal.isEmpty() ? Optional.empty() : Optional.of(refusal),
                new FamilyTracingGate().refusal(c, DEPARTURE));
    }
}
