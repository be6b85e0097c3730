package dev.avrr.platform.consent;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.platform.problem.ProblemException;

/** The rule as its table: given on, the latest withdrawal, the signed form → recorded, or the rule that refuses. */
class ConsentDatingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @ParameterizedTest(name = "given {0}, withdrawn {1}, form {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "2026-12-03, -,          -,        recorded",
            "2026-11-01, -,          -,        recorded",
            "2026-12-04, -,          -,        consent-dated-in-future",
            "2026-12-04, 2026-11-01, FORM-1,   consent-dated-in-future",
            "2026-12-03, 2026-12-01, FORM-1,   recorded",
            "2026-12-01, 2026-12-01, FORM-1,   recorded",
            "2026-11-30, 2026-12-01, FORM-1,   consent-dated-before-withdrawal",
            "2026-12-02, 2026-12-01, -,        signed-consent-form-required",
            "2026-12-02, 2026-12-01, ' ',      signed-consent-form-required" })
    void theTable(LocalDate given, LocalDate withdrawn, String form, String expected) {
        if (expected.equals("recorded")) {
            assertDoesNotThrow(() -> ConsentDating.check(given, Optional.ofNullable(withdrawn), TODAY, form));
        } else {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> ConsentDating.check(given, Optional.ofNullable(withdrawn), TODAY, form));
            assertEquals(422, e.problem().status);
            assertEquals(expected, e.problem().extensions().get("rule"));
        }
    }
}
